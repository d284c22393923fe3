// A person's current post of unknown start is let go without job history (which needs a start).
MATCH (p:Person {id: $person, account: $account})-[h:HOLDS {current: true}]->(:Post)
DELETE h
RETURN count(*) AS written
