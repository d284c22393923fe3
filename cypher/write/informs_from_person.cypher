// Record information channels about people whose source is another person.
UNWIND $rows AS r
MATCH (s:Person {id: r.source})
MATCH (t:Person {id: r.target})
CREATE (s)-[i:INFORMS]->(t)
SET i = r.props, i.account = $account
