// Create an account's people with their department and current post, and their private
// details (family, hobbies, home area, notes, birthday) in a node of their own.
// $departments and $posts list the ids once per batch and each row names its
// department and post by position in those lists (null for none), so every
// department and post is looked up once, not once per person.
MATCH (a:Account {id: $account})
CALL () {
  UNWIND range(0, size($departments) - 1) AS i
  WITH i, $departments[i] AS id
  OPTIONAL MATCH (n:Department {account: $account, id: id})
  WITH i, n ORDER BY i
  RETURN collect([n]) AS ds
}
CALL () {
  UNWIND range(0, size($posts) - 1) AS i
  WITH i, $posts[i] AS id
  OPTIONAL MATCH (n:Post {account: $account, id: id})
  WITH i, n ORDER BY i
  RETURN collect([n]) AS xs
}
UNWIND $rows AS r
CREATE (p:Person)
SET p = r.props, p.account = $account
CREATE (p)-[:PART_OF]->(a)
FOREACH (d IN [n IN coalesce(ds[r.department], []) WHERE n IS NOT NULL] |
  CREATE (p)-[:MEMBER_OF]->(d))
FOREACH (x IN [n IN coalesce(xs[r.post], []) WHERE n IS NOT NULL] |
  CREATE (p)-[:HOLDS {since: r.post_since, current: true}]->(x))
WITH p, r
CALL (p, r) {
  UNWIND [x IN [r.private] WHERE x IS NOT NULL] AS private
  CREATE (p)-[:HAS_PRIVATE]->(d:PrivateDetails)
  SET d = private, d.id = p.id, d.account = $account
}
