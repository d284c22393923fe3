// Information channels about one account's people, grouped by the person they are about.
MATCH (t:Person {account: $account})
MATCH (s)-[i:INFORMS]->(t)
RETURN t.id AS anchor, collect(i {.*, source: s.id}) AS ties
