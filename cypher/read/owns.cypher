// Our owners (A/B) of one account's people, grouped by person.
// Fields are named (dates as YYYY-MM-DD text): several times faster through Bolt than .*
MATCH (p:Person {account: $account})
MATCH (s:Staff)-[o:OWNS]->(p)
RETURN p.id AS anchor, collect(o {.role, since: toString(o.since), staff: s.id}) AS ties
