// The formal hierarchy of one account, grouped by the person who reports.
// One pattern out of each person: ArcadeDB answers it faster than two MATCHes.
MATCH (p:Person {account: $account})-[:REPORTS_TO]->(m:Person)
RETURN p.id AS anchor, collect({manager: m.id}) AS ties
