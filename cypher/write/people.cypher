// Create an account's people with their department and current post.
MATCH (a:Account {id: $account})
UNWIND $rows AS r
CREATE (p:Person)
SET p = r.props, p.account = $account
CREATE (p)-[:PART_OF]->(a)
WITH p, r
CALL (p, r) {
  MATCH (d:Department {id: r.department})
  CREATE (p)-[:MEMBER_OF]->(d)
}
CALL (p, r) {
  MATCH (post:Post {id: r.post})
  CREATE (p)-[:HOLDS {since: r.post_since, current: true}]->(post)
}
