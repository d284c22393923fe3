// Which of our executives sponsors whom in one account, grouped by person.
// Fields are named (dates as YYYY-MM-DD text): several times faster through Bolt than .*
MATCH (p:Person {account: $account})
MATCH (s:Staff)-[x:SPONSORS]->(p)
RETURN p.id AS anchor, collect(x {since: toString(x.since), staff: s.id}) AS ties
