// Who sways whom in one account, grouped by the person who sways.
// Fields are named (dates as YYYY-MM-DD text): several times faster through Bolt than .*
MATCH (s:Person {account: $account})
MATCH (s)-[i:INFLUENCES]->(t:Person)
RETURN s.id AS anchor, collect(i {.strength, .basis, .visibility, target: t.id}) AS ties
