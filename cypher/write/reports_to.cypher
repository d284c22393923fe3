// Record the formal hierarchy: person reports to manager.
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
WITH r, ps[r.person][0] AS p, ps[r.manager][0] AS m
WHERE p IS NOT NULL AND m IS NOT NULL
CREATE (p)-[:REPORTS_TO {account: $account}]->(m)
