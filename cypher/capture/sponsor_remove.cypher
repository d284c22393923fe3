// Remove one of our executives as sponsor of a person.
MATCH (:Staff {id: $staff})-[x:SPONSORS]->(:Person {id: $person, account: $account})
DELETE x
RETURN count(*) AS written
