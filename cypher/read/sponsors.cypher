// Which of our executives sponsors whom in one account, grouped by person.
// One pattern out of each person, fields named, dates as YYYY-MM-DD text: ArcadeDB
// answers this several times faster than two MATCHes returning .* with temporal values.
MATCH (p:Person {account: $account})<-[x:SPONSORS]-(s:Staff)
RETURN p.id AS anchor, collect(x {since: toString(x.since), staff: s.id}) AS ties
