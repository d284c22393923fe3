// Record posts people held before (job history).
UNWIND $rows AS r
MATCH (p:Person {id: r.person})
MATCH (post:Post {id: r.post})
CREATE (p)-[:HOLDS {since: r.since, until: r.until, current: false}]->(post)
