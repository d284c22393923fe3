// Record people's roles in opportunities (buying-center roles).
UNWIND $rows AS r
MATCH (p:Person {id: r.person})
MATCH (o:Opportunity {id: r.opportunity})
CREATE (p)-[:HAS_ROLE {role: r.role, account: $account}]->(o)
