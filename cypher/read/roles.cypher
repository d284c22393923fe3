// People's roles in one account's opportunities, grouped by person.
// One pattern out of each person: ArcadeDB answers it faster than two MATCHes.
MATCH (p:Person {account: $account})-[r:HAS_ROLE]->(o:Opportunity)
RETURN p.id AS anchor, collect({opportunity: o.id, role: r.role}) AS ties
