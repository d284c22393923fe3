// Every dated stance assessment of one account's people, grouped by person.
// Fields are named (dates as YYYY-MM-DD text): several times faster through Bolt than .*
MATCH (p:Person {account: $account})
MATCH (p)-[s:STANCE]->(:Account)
RETURN p.id AS anchor, collect(s {.toward, .value, .raw, .scale, on: toString(s.on), .by, .evidence}) AS ties
