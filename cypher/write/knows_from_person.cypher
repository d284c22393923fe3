// Record acquaintance ties between people.
// $people lists the people's ids once per batch and each row names its people
// by position in that list, so every person is looked up once, not once per row.
CALL () {
  UNWIND range(0, size($people) - 1) AS i
  WITH i, $people[i] AS id
  OPTIONAL MATCH (n:Person {account: $account, id: id})
  WITH i, n ORDER BY i
  RETURN collect([n]) AS ps
}
UNWIND $rows AS r
WITH r, ps[r.source][0] AS s, ps[r.target][0] AS t
WHERE s IS NOT NULL AND t IS NOT NULL
CREATE (s)-[k:KNOWS]->(t)
SET k = r.props, k.account = $account
