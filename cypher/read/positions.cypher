// Posts one account's people held before (job history).
MATCH (p:Person {account: $account})-[h:HOLDS]->(post:Post)
WHERE h.current = false
RETURN p.id AS person, post.id AS post, h.since AS since, h.until AS until
ORDER BY person, post, since
