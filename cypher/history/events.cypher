// Every event of one account, oldest first.
MATCH (x:Event {account: $account})
RETURN properties(x) AS props
ORDER BY x.rev, x.seq
