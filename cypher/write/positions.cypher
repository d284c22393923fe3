// Record posts people held before (job history).
// $people and $posts list the ids once per batch and each row names its person and
// post by position in those lists, so every node is looked up once, not once per row.
CALL () {
  UNWIND range(0, size($people) - 1) AS i
  WITH i, $people[i] AS id
  OPTIONAL MATCH (n:Person {account: $account, id: id})
  WITH i, n ORDER BY i
  RETURN collect([n]) AS ps
}
CALL () {
  UNWIND range(0, size($posts) - 1) AS i
  WITH i, $posts[i] AS id
  OPTIONAL MATCH (n:Post {account: $account, id: id})
  WITH i, n ORDER BY i
  RETURN collect([n]) AS xs
}
UNWIND $rows AS r
WITH r, ps[r.person][0] AS p, xs[r.post][0] AS post
WHERE p IS NOT NULL AND post IS NOT NULL
CREATE (p)-[h:HOLDS]->(post)
SET h = r.props, h.current = false
