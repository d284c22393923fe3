// Posts one account's people held before (job history), grouped by person.
// One pattern out of each person, fields named, dates as YYYY-MM-DD text: ArcadeDB
// answers this several times faster than two MATCHes returning .* with temporal values.
MATCH (p:Person {account: $account})-[h:HOLDS]->(post:Post)
WHERE h.current = false
RETURN p.id AS anchor, collect({post: post.id, since: toString(h.since), until: toString(h.until)}) AS ties
