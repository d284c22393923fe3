// Record which of our executives sponsors which person.
UNWIND $rows AS r
MATCH (s:Staff {id: r.staff})
MATCH (p:Person {id: r.person})
CREATE (s)-[x:SPONSORS]->(p)
SET x = r.props, x.account = $account
