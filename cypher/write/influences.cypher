// Record who sways whom, with strength, basis and visibility (formal or hidden).
UNWIND $rows AS r
MATCH (s:Person {id: r.source})
MATCH (t:Person {id: r.target})
CREATE (s)-[i:INFLUENCES]->(t)
SET i = r.props, i.account = $account
