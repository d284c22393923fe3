// Information channels about one account's people, grouped by the person they are about.
// Fields are named (dates as YYYY-MM-DD text): several times faster through Bolt than .*
MATCH (t:Person {account: $account})
MATCH (s)-[i:INFORMS]->(t)
RETURN t.id AS anchor, collect(i {.via, .reliability, since: toString(i.since), source: s.id}) AS ties
