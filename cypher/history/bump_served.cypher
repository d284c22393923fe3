// Bump the revision of every other account that some changed staff members serve
// (staff are shared: a change to them changes what those accounts' analyses see).
MATCH (s:Staff)-[:SERVES]->(a:Account)
WHERE s.id IN $staff AND a.id <> $account
WITH DISTINCT a
SET a.revision = coalesce(a.revision, 0) + 1, a.stamp = $stamp
RETURN a.id AS account
