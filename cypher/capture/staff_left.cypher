// One of our staff has left us: mark them inactive; returns every account they serve
// (staff are shared, so each of those accounts records the change).
MATCH (s:Staff {id: $staff})
SET s.active = false
WITH s
MATCH (s)-[:SERVES]->(a:Account)
RETURN a.id AS account
