// Record acquaintance ties between people.
UNWIND $rows AS r
MATCH (s:Person {id: r.source})
MATCH (t:Person {id: r.target})
CREATE (s)-[k:KNOWS]->(t)
SET k = r.props, k.account = $account
