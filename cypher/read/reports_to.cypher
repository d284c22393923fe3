// The formal hierarchy of one account, grouped by the person who reports.
MATCH (p:Person {account: $account})
MATCH (p)-[:REPORTS_TO]->(m:Person)
RETURN p.id AS anchor, collect({manager: m.id}) AS ties
