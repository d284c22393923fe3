// Create an account's opportunities and link the competitors bidding for each.
MATCH (a:Account {id: $account})
UNWIND $rows AS r
CREATE (o:Opportunity)
SET o = r.props, o.account = $account
CREATE (o)-[:FOR]->(a)
WITH o, r
UNWIND r.competitors AS cid
MATCH (c:Competitor {id: cid})
CREATE (c)-[:COMPETES_IN]->(o)
