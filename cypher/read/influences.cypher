// Who sways whom in one account, grouped by the person who sways.
MATCH (s:Person {account: $account})
MATCH (s)-[i:INFLUENCES]->(t:Person)
RETURN s.id AS anchor, collect(i {.*, target: t.id}) AS ties
