// Which of our executives sponsors whom in one account, grouped by person.
MATCH (p:Person {account: $account})
MATCH (s:Staff)-[x:SPONSORS]->(p)
RETURN p.id AS anchor, collect(x {.*, staff: s.id}) AS ties
