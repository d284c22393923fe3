// Create an account's posts, each part of its department or of the account.
MATCH (a:Account {id: $account})
UNWIND $rows AS r
CREATE (p:Post)
SET p = r.props, p.account = $account
WITH a, p, r
OPTIONAL MATCH (d:Department {account: $account, id: r.department})
WITH a, p, coalesce(d, a) AS up
CREATE (p)-[:PART_OF]->(up)
