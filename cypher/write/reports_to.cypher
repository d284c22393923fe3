// Record the formal hierarchy: person reports to manager.
UNWIND $rows AS r
MATCH (p:Person {id: r.person})
MATCH (m:Person {id: r.manager})
CREATE (p)-[:REPORTS_TO {account: $account}]->(m)
