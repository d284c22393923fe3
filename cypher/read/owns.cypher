// Our owners (A/B) of one account's people, grouped by person.
MATCH (p:Person {account: $account})
MATCH (s:Staff)-[o:OWNS]->(p)
RETURN p.id AS anchor, collect(o {.*, staff: s.id}) AS ties
