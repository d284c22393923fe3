// Who sways whom in one account.
MATCH (s:Person {account: $account})-[i:INFLUENCES]->(t:Person)
RETURN s.id AS source, t.id AS target, properties(i) AS props
ORDER BY source, target
