// Record information channels about people whose source is one of our staff.
UNWIND $rows AS r
MATCH (s:Staff {id: r.source})
MATCH (t:Person {id: r.target})
CREATE (s)-[i:INFORMS]->(t)
SET i = r.props, i.account = $account
