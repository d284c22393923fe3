// Create an account's decision bodies (board, Party committee, GM office meeting,
// bid-evaluation committee), each part of the account, with its members (the chair
// marked; the chair is a member too) and the opportunity it decides, if one. Members and
// the opportunity are this account's: body, person and opportunity ids are per account.
MATCH (a:Account {id: $account})
UNWIND $rows AS r
CREATE (b:Body)
SET b = r.props, b.account = $account
CREATE (b)-[:PART_OF]->(a)
WITH b, r
CALL (b, r) {
  UNWIND r.members + [x IN [r.chair] WHERE x IS NOT NULL AND NOT x IN r.members] AS pid
  MATCH (p:Person {account: $account, id: pid})
  CREATE (p)-[:SITS_ON {chair: pid = r.chair, account: $account}]->(b)
}
CALL (b, r) {
  UNWIND [x IN [r.opportunity] WHERE x IS NOT NULL] AS oid
  MATCH (o:Opportunity {account: $account, id: oid})
  CREATE (b)-[:DECIDES {account: $account}]->(o)
}
