// Dated interactions between our staff and one account's people, grouped by person.
// One pattern out of each person, fields named, dates as YYYY-MM-DD text: ArcadeDB
// answers this several times faster than two MATCHes returning .* with temporal values.
MATCH (p:Person {account: $account})<-[i:INTERACTED]-(s:Staff)
RETURN p.id AS anchor, collect(i {.id, on: toString(i.on), .kind, .depth, .summary, .next_step,
                          next_on: toString(i.next_on), .initiative, staff: s.id}) AS ties
