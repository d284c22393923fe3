// Dated interactions between our staff and one account's people, grouped by person.
MATCH (p:Person {account: $account})
MATCH (s:Staff)-[i:INTERACTED]->(p)
RETURN p.id AS anchor, collect(i {.*, staff: s.id}) AS ties
