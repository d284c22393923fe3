// Posts one account's people held before (job history), grouped by person.
MATCH (p:Person {account: $account})
MATCH (p)-[h:HOLDS]->(post:Post)
WHERE h.current = false
RETURN p.id AS anchor, collect({post: post.id, since: h.since, until: h.until}) AS ties
