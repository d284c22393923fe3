// Dated interactions between our staff and one account's people, grouped by person.
// Fields are named (dates as YYYY-MM-DD text): several times faster through Bolt than .*
MATCH (p:Person {account: $account})
MATCH (s:Staff)-[i:INTERACTED]->(p)
RETURN p.id AS anchor, collect(i {.id, on: toString(i.on), .kind, .depth, .summary, .next_step,
                          next_on: toString(i.next_on), .initiative, staff: s.id}) AS ties
