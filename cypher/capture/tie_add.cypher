// Record an acquaintance tie from one of our staff, or a person of the account, to a
// person; an earlier tie between the two is replaced.
MATCH (t:Person {id: $target, account: $account})
OPTIONAL MATCH (s1:Staff {id: $source})
OPTIONAL MATCH (s2:Person {id: $source, account: $account})
WITH t, coalesce(s1, s2) AS s
WHERE s IS NOT NULL
MERGE (s)-[k:KNOWS]->(t)
SET k = $props, k.account = $account
RETURN count(k) AS written
