// Delete one account's Person nodes and their relationships (found through the account index).
MATCH (n:Person {account: $account})
DETACH DELETE n
