// A person's current post becomes job history, ending on $until.
MATCH (p:Person {id: $person, account: $account})-[h:HOLDS {current: true}]->(:Post)
SET h.current = false, h.until = $until
RETURN count(h) AS written
