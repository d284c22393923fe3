// Acquaintance ties toward one account's people, from staff or people, grouped by person.
MATCH (t:Person {account: $account})
MATCH (s)-[k:KNOWS]->(t)
RETURN t.id AS anchor, collect(k {.*, source: s.id}) AS ties
