// Every dated stance assessment of one account's people, grouped by person.
MATCH (p:Person {account: $account})
MATCH (p)-[s:STANCE]->(:Account)
RETURN p.id AS anchor, collect(s {.*}) AS ties
