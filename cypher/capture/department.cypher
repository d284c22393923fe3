// Move a person to another department of the account.
MATCH (p:Person {id: $person, account: $account})
MATCH (d:Department {id: $department, account: $account})
OPTIONAL MATCH (p)-[m:MEMBER_OF]->(:Department)
DELETE m
WITH DISTINCT p, d
CREATE (p)-[:MEMBER_OF]->(d)
RETURN count(p) AS written
