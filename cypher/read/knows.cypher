// Acquaintance ties toward one account's people, from staff or people, grouped by person.
// Fields are named (dates as YYYY-MM-DD text): several times faster through Bolt than .*
MATCH (t:Person {account: $account})
MATCH (s)-[k:KNOWS]->(t)
RETURN t.id AS anchor, collect(k {.strength, .circle, since: toString(k.since), source: s.id}) AS ties
