// Name one of our staff owner $role (A or B) of a person, in place of any earlier one.
MATCH (a:Account {id: $account})
MATCH (p:Person {id: $person, account: $account})
MATCH (s:Staff {id: $staff})
OPTIONAL MATCH (:Staff)-[old:OWNS {role: $role}]->(p)
DELETE old
WITH DISTINCT a, p, s
MERGE (s)-[:SERVES]->(a)
CREATE (s)-[o:OWNS]->(p)
SET o = $props, o.account = $account
RETURN count(o) AS written
