// Record acquaintance ties from our staff to people.
// $staff and $people list the ids once per batch and each row names its endpoints
// by position in those lists, so every node is looked up once, not once per row.
CALL () {
  UNWIND range(0, size($staff) - 1) AS i
  WITH i, $staff[i] AS id
  OPTIONAL MATCH (n:Staff {id: id})
  WITH i, n ORDER BY i
  RETURN collect([n]) AS ss
}
CALL () {
  UNWIND range(0, size($people) - 1) AS i
  WITH i, $people[i] AS id
  OPTIONAL MATCH (n:Person {account: $account, id: id})
  WITH i, n ORDER BY i
  RETURN collect([n]) AS ps
}
UNWIND $rows AS r
WITH r, ss[r.source][0] AS s, ps[r.target][0] AS t
WHERE s IS NOT NULL AND t IS NOT NULL
CREATE (s)-[k:KNOWS]->(t)
SET k = r.props, k.account = $account
