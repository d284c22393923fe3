// Record acquaintance ties from our staff to people.
UNWIND $rows AS r
MATCH (s:Staff {id: r.source})
MATCH (t:Person {id: r.target})
CREATE (s)-[k:KNOWS]->(t)
SET k = r.props, k.account = $account
