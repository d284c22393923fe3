// Acquaintance ties toward one account's people, from staff or people, grouped by person.
// One pattern out of each person, fields named, dates as YYYY-MM-DD text: ArcadeDB
// answers this several times faster than two MATCHes returning .* with temporal values.
MATCH (t:Person {account: $account})<-[k:KNOWS]-(s)
RETURN t.id AS anchor, collect(k {.strength, .circle, since: toString(k.since), source: s.id}) AS ties
