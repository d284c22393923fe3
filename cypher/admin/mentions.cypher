// Records whose text mentions any of $names: nodes, then relationships, with the field and
// its text (listed for the user to review after an erasure; nothing is changed).
MATCH (n)
UNWIND keys(n) AS field
WITH n, field, toStringOrNull(n[field]) AS text
WHERE text IS NOT NULL AND any(x IN $names WHERE text CONTAINS x)
RETURN labels(n)[0] AS kind, n.account AS account, n.id AS id, null AS target, field, text
UNION ALL
MATCH (a)-[r]->(b)
UNWIND keys(r) AS field
WITH a, r, b, field, toStringOrNull(r[field]) AS text
WHERE text IS NOT NULL AND any(x IN $names WHERE text CONTAINS x)
RETURN type(r) AS kind, r.account AS account, a.id AS id, b.id AS target, field, text
