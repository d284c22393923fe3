// The people of one account with department and current post (no private details).
MATCH (p:Person {account: $account})
OPTIONAL MATCH (p)-[:MEMBER_OF]->(d:Department)
OPTIONAL MATCH (p)-[h:HOLDS {current: true}]->(post:Post)
RETURN properties(p) AS props, d.id AS department, post.id AS post, h.since AS post_since
ORDER BY p.id
