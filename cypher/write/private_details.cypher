// Attach private details (family, hobbies, home area, notes) to people, in their own node.
// $people lists the people's ids once per batch and each row names its person by
// position in that list, so every person is looked up once, not once per row.
CALL () {
  UNWIND range(0, size($people) - 1) AS i
  WITH i, $people[i] AS id
  OPTIONAL MATCH (n:Person {account: $account, id: id})
  WITH i, n, id ORDER BY i
  RETURN collect([n, id]) AS ps
}
UNWIND $rows AS r
WITH r, ps[r.person][0] AS p, ps[r.person][1] AS id
WHERE p IS NOT NULL
CREATE (p)-[:HAS_PRIVATE]->(d:PrivateDetails)
SET d = r.props, d.id = id, d.account = $account
