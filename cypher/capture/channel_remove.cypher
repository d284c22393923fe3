// Close an information channel about a person.
MATCH (s)-[x:INFORMS]->(:Person {id: $person, account: $account})
WHERE s.id = $source AND (s:Staff OR s.account = $account)
DELETE x
RETURN count(*) AS written
