// Attach private details (family, hobbies, home area, notes) to people, in their own node.
UNWIND $rows AS r
MATCH (p:Person {id: r.person})
CREATE (p)-[:HAS_PRIVATE]->(d:PrivateDetails)
SET d = r.props, d.id = r.person, d.account = $account
