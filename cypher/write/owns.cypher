// Record our owners of people: role A (primary) or B (backup).
UNWIND $rows AS r
MATCH (s:Staff {id: r.staff})
MATCH (p:Person {id: r.person})
CREATE (s)-[o:OWNS]->(p)
SET o = r.props, o.account = $account
