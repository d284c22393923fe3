// People's roles in one account's opportunities, grouped by person.
MATCH (p:Person {account: $account})
MATCH (p)-[r:HAS_ROLE]->(o:Opportunity)
RETURN p.id AS anchor, collect({opportunity: o.id, role: r.role}) AS ties
