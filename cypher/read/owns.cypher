// Our owners (A/B) of one account's people, grouped by person.
// One pattern out of each person, fields named, dates as YYYY-MM-DD text: ArcadeDB
// answers this several times faster than two MATCHes returning .* with temporal values.
MATCH (p:Person {account: $account})<-[o:OWNS]-(s:Staff)
RETURN p.id AS anchor, collect(o {.role, since: toString(o.since), staff: s.id}) AS ties
