// Create or update our staff (global to the store; their properties are replaced) and
// record that they serve this account.
MATCH (a:Account {id: $account})
UNWIND $rows AS r
MERGE (s:Staff {id: r.props.id})
SET s = r.props
MERGE (s)-[:SERVES]->(a)
