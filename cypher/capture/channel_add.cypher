// Open an information channel about a person: its source is one of our staff or a person
// of the same account.
MATCH (p:Person {id: $person, account: $account})
OPTIONAL MATCH (s1:Staff {id: $source})
OPTIONAL MATCH (s2:Person {id: $source, account: $account})
WITH p, coalesce(s1, s2) AS s
WHERE s IS NOT NULL
MERGE (s)-[x:INFORMS]->(p)
SET x = $props, x.account = $account
RETURN count(x) AS written
