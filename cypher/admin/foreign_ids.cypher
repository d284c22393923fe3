// Ids of this import that already belong to another account, so that an import
// cannot silently take over another account's people, departments, posts or opportunities.
UNWIND $people AS id
MATCH (n:Person {id: id}) WHERE n.account <> $account
RETURN 'person' AS kind, n.id AS id, n.account AS account
UNION ALL
UNWIND $departments AS id
MATCH (n:Department {id: id}) WHERE n.account <> $account
RETURN 'department' AS kind, n.id AS id, n.account AS account
UNION ALL
UNWIND $posts AS id
MATCH (n:Post {id: id}) WHERE n.account <> $account
RETURN 'post' AS kind, n.id AS id, n.account AS account
UNION ALL
UNWIND $opportunities AS id
MATCH (n:Opportunity {id: id}) WHERE n.account <> $account
RETURN 'opportunity' AS kind, n.id AS id, n.account AS account
