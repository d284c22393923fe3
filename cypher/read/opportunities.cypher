// The opportunities of one account with the competitors bidding for each.
MATCH (o:Opportunity {account: $account})
OPTIONAL MATCH (c:Competitor)-[:COMPETES_IN]->(o)
WITH o, c ORDER BY c.id
RETURN properties(o) AS props, collect(c.id) AS competitors
ORDER BY props.id
