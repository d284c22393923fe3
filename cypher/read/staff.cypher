// Our staff who have any tie to one account's people.
MATCH (s:Staff)-[r]->(p:Person {account: $account})
WITH DISTINCT s
RETURN properties(s) AS props
ORDER BY s.id
