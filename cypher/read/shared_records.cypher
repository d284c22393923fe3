// The stored staff and competitors with the given ids, each with the accounts that use it
// (staff serving them, competitors competing for them): what an import would change in
// these catalogues shared by all accounts, and for whom.
UNWIND $staff AS id
MATCH (s:Staff {id: id})
OPTIONAL MATCH (s)-[:SERVES]->(a:Account)
RETURN 'staff' AS kind, s.id AS id, properties(s) AS props, collect(a.id) AS accounts
UNION ALL
UNWIND $competitors AS id
MATCH (c:Competitor {id: id})
OPTIONAL MATCH (c)-[:COMPETES_FOR]->(a:Account)
RETURN 'competitor' AS kind, c.id AS id, properties(c) AS props, collect(a.id) AS accounts
