// Record one stance assessment of a person toward us or a competitor; an assessment of
// the same person toward the same vendor on the same day is replaced.
MATCH (a:Account {id: $account})
MATCH (p:Person {id: $person, account: $account})
OPTIONAL MATCH (p)-[old:STANCE {toward: $toward, on: $on}]->(a)
DELETE old
WITH DISTINCT a, p
CREATE (p)-[s:STANCE]->(a)
SET s = $props, s.account = $account
RETURN count(s) AS written
