// Create an account's decision bodies (board, Party committee, GM office meeting,
// bid-evaluation committee), each part of the account, with its members (the chair
// marked) and the opportunity it decides, if one.
MATCH (a:Account {id: $account})
UNWIND $rows AS r
CREATE (b:Body)
SET b = r.props, b.account = $account
CREATE (b)-[:PART_OF]->(a)
WITH b, r
CALL (b, r) {
  UNWIND r.members AS pid
  MATCH (p:Person {id: pid})
  CREATE (p)-[:SITS_ON {chair: pid = r.chair, account: $account}]->(b)
}
CALL (b, r) {
  UNWIND [x IN [r.opportunity] WHERE x IS NOT NULL] AS oid
  MATCH (o:Opportunity {id: oid})
  CREATE (b)-[:DECIDES {account: $account}]->(o)
}
