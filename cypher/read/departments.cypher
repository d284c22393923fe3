// The departments of one account with their parent department (null at the top).
MATCH (d:Department {account: $account})
OPTIONAL MATCH (d)-[:PART_OF]->(parent:Department)
RETURN properties(d) AS props, parent.id AS parent
ORDER BY d.id
