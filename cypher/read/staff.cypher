// Our staff who serve one account (everyone its files listed or referred to).
MATCH (s:Staff)-[:SERVES]->(:Account {id: $account})
RETURN properties(s) AS props
ORDER BY props.id
