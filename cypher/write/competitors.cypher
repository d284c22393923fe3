// Create or update competitors (global) and link them to the account they compete for.
MATCH (a:Account {id: $account})
UNWIND $rows AS r
MERGE (c:Competitor {id: r.props.id})
SET c = r.props
MERGE (c)-[:COMPETES_FOR]->(a)
