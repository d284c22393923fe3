// Record people's roles in opportunities (buying-center roles).
// $people and $opportunities list the ids once per batch and each row names its
// person and opportunity by position in those lists (each node looked up once, not per row).
CALL () {
  UNWIND range(0, size($people) - 1) AS i
  WITH i, $people[i] AS id
  OPTIONAL MATCH (n:Person {account: $account, id: id})
  WITH i, n ORDER BY i
  RETURN collect([n]) AS ps
}
CALL () {
  UNWIND range(0, size($opportunities) - 1) AS i
  WITH i, $opportunities[i] AS id
  OPTIONAL MATCH (n:Opportunity {account: $account, id: id})
  WITH i, n ORDER BY i
  RETURN collect([n]) AS os
}
UNWIND $rows AS r
WITH r, ps[r.person][0] AS p, os[r.opportunity][0] AS o
WHERE p IS NOT NULL AND o IS NOT NULL
CREATE (p)-[x:HAS_ROLE]->(o)
SET x = r.props, x.account = $account
