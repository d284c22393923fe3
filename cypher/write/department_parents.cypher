// Nest departments: each under its parent department, or under the account when parent is null.
MATCH (a:Account {id: $account})
UNWIND $rows AS r
MATCH (d:Department {account: $account, id: r.props.id})
OPTIONAL MATCH (parent:Department {account: $account, id: r.parent})
WITH a, d, coalesce(parent, a) AS up
CREATE (d)-[:PART_OF]->(up)
