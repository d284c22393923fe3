// Our owners (A/B) of one account's people.
MATCH (s:Staff)-[o:OWNS]->(p:Person {account: $account})
RETURN s.id AS staff, p.id AS person, properties(o) AS props
ORDER BY staff, person, o.role
