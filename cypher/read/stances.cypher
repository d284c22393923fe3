// Every dated stance assessment of one account's people, grouped by person.
// One pattern out of each person, fields named, dates as YYYY-MM-DD text: ArcadeDB
// answers this several times faster than two MATCHes returning .* with temporal values.
MATCH (p:Person {account: $account})-[s:STANCE]->(:Account)
RETURN p.id AS anchor, collect(s {.toward, .value, .raw, .scale, on: toString(s.on), .by, .evidence}) AS ties
