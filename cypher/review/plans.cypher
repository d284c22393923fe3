// The adopted plans of one account, oldest first.
MATCH (x:Plan {account: $account})
RETURN properties(x) AS props
ORDER BY x.adopted_on, x.id
