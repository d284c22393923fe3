// Acquaintance ties toward one account's people, from staff or people.
MATCH (s)-[k:KNOWS]->(t:Person {account: $account})
RETURN s.id AS source, t.id AS target, properties(k) AS props
ORDER BY source, target
