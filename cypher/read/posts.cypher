// The posts of one account with their department.
MATCH (p:Post {account: $account})
OPTIONAL MATCH (p)-[:PART_OF]->(d:Department)
RETURN properties(p) AS props, d.id AS department
ORDER BY p.id
