// Information channels about one account's people.
MATCH (s)-[i:INFORMS]->(t:Person {account: $account})
RETURN s.id AS source, t.id AS target, properties(i) AS props
ORDER BY source, target
