// Delete one account's Department nodes and their relationships (found through the account index).
MATCH (n:Department {account: $account})
DETACH DELETE n
