// Record dated stance assessments of people toward us or a competitor.
// $people lists the people's ids once per batch and each row names its person by
// position in that list, so every person is looked up once, not once per row.
MATCH (a:Account {id: $account})
CALL () {
  UNWIND range(0, size($people) - 1) AS i
  WITH i, $people[i] AS id
  OPTIONAL MATCH (n:Person {account: $account, id: id})
  WITH i, n ORDER BY i
  RETURN collect([n]) AS ps
}
UNWIND $rows AS r
WITH a, r, ps[r.person][0] AS p
WHERE p IS NOT NULL
CREATE (p)-[s:STANCE]->(a)
SET s = r.props, s.account = $account
