// Record which of our executives sponsors which person.
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
WITH r, ss[r.staff][0] AS s, ps[r.person][0] AS p
WHERE s IS NOT NULL AND p IS NOT NULL
CREATE (s)-[x:SPONSORS]->(p)
SET x = r.props, x.account = $account
