// The decision bodies of one account with their members, chair and opportunity.
MATCH (b:Body {account: $account})
OPTIONAL MATCH (b)-[:DECIDES]->(o:Opportunity)
OPTIONAL MATCH (p:Person)-[s:SITS_ON]->(b)
WITH b, o, p, s ORDER BY p.id
RETURN properties(b) AS props, o.id AS opportunity, collect(p.id) AS members,
       [x IN collect(CASE WHEN s.chair THEN p.id END) WHERE x IS NOT NULL][0] AS chair
ORDER BY props.id
