// Record dated interactions between our staff and people.
UNWIND $rows AS r
MATCH (s:Staff {id: r.staff})
MATCH (p:Person {id: r.person})
CREATE (s)-[i:INTERACTED]->(p)
SET i = r.props, i.account = $account
