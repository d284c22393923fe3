// Record dated stance assessments of people toward us or a competitor.
MATCH (a:Account {id: $account})
UNWIND $rows AS r
MATCH (p:Person {id: r.person})
CREATE (p)-[s:STANCE]->(a)
SET s = r.props, s.account = $account
