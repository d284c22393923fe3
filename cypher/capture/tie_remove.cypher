// Remove an acquaintance tie to a person.
MATCH (s)-[k:KNOWS]->(:Person {id: $target, account: $account})
WHERE s.id = $source AND (s:Staff OR s.account = $account)
DELETE k
RETURN count(*) AS written
