// The formal hierarchy of one account.
MATCH (p:Person {account: $account})-[:REPORTS_TO]->(m:Person)
RETURN p.id AS person, m.id AS manager
ORDER BY person, manager
