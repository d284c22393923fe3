// Assign one of our executives as sponsor of a person.
MATCH (a:Account {id: $account})
MATCH (p:Person {id: $person, account: $account})
MATCH (s:Staff {id: $staff})
MERGE (s)-[:SERVES]->(a)
MERGE (s)-[x:SPONSORS]->(p)
SET x = $props, x.account = $account
RETURN count(x) AS written
