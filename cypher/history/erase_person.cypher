// Erase every event that names one person (a complete erasure leaves no history behind).
MATCH (x:Event {account: $account})
WHERE $person IN x.people
DELETE x
