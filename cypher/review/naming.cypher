// Plans and reviews of one account that name a person (to erase the person from them).
MATCH (x:Plan|Review {account: $account})
WHERE $person IN x.people
RETURN x.id AS id, x.body AS body, x.people AS people
