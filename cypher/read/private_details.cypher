// The private details of one account's people; read only when the user asks for them.
MATCH (p:Person {account: $account})-[:HAS_PRIVATE]->(d:PrivateDetails)
RETURN p.id AS person, properties(d) AS props
ORDER BY person
