// Erase one person completely: the node, its private details and every relationship,
// and clear them as the intermediary of other people's information channels.
MATCH (p:Person {id: $person, account: $account})
OPTIONAL MATCH (p)-[:HAS_PRIVATE]->(d:PrivateDetails)
OPTIONAL MATCH ()-[i:INFORMS {via: $person, account: $account}]->()
SET i.via = null
WITH p, collect(DISTINCT d) AS details
FOREACH (d IN details | DETACH DELETE d)
DETACH DELETE p
RETURN count(*) AS erased
