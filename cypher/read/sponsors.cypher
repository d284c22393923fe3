// Which of our executives sponsors whom in one account.
MATCH (s:Staff)-[x:SPONSORS]->(p:Person {account: $account})
RETURN s.id AS staff, p.id AS person, properties(x) AS props
ORDER BY staff, person
