// Posts one account's people held before (job history), grouped by person.
// Fields are named (dates as YYYY-MM-DD text): several times faster through Bolt than .*
MATCH (p:Person {account: $account})
MATCH (p)-[h:HOLDS]->(post:Post)
WHERE h.current = false
RETURN p.id AS anchor, collect({post: post.id, since: toString(h.since), until: toString(h.until)}) AS ties
