// Record one interaction (a visit, meal, call...) between one of our staff and a person;
// the staff member is listed as serving the account from then on.
MATCH (a:Account {id: $account})
MATCH (p:Person {id: $person, account: $account})
MATCH (s:Staff {id: $staff})
MERGE (s)-[:SERVES]->(a)
CREATE (s)-[i:INTERACTED]->(p)
SET i = $props, i.account = $account
RETURN count(i) AS written
