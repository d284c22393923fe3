// The saved plan reviews of one account, oldest first.
MATCH (x:Review {account: $account})
RETURN properties(x) AS props
ORDER BY x.on, x.at
