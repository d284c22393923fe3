// Who sways whom in one account, grouped by the person who sways.
// One pattern out of each person, fields named, dates as YYYY-MM-DD text: ArcadeDB
// answers this several times faster than two MATCHes returning .* with temporal values.
MATCH (s:Person {account: $account})-[i:INFLUENCES]->(t:Person)
RETURN s.id AS anchor, collect(i {.strength, .basis, .visibility, target: t.id}) AS ties
