// People's roles in one account's opportunities.
MATCH (p:Person {account: $account})-[r:HAS_ROLE]->(o:Opportunity)
RETURN o.id AS opportunity, p.id AS person, r.role AS role
ORDER BY opportunity, person, role
