// Rewrite the body of plans and reviews that named an erased person.
UNWIND $rows AS r
MATCH (x:Plan|Review {account: $account, id: r.id})
SET x.body = r.body, x.people = r.people
