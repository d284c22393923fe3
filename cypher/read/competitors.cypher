// The competitors of one account.
MATCH (c:Competitor)-[:COMPETES_FOR]->(:Account {id: $account})
RETURN properties(c) AS props
ORDER BY c.id
