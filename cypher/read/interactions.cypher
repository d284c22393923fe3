// Dated interactions between our staff and one account's people.
MATCH (s:Staff)-[i:INTERACTED]->(p:Person {account: $account})
RETURN s.id AS staff, p.id AS person, properties(i) AS props
ORDER BY i.on, i.id
