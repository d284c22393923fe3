// Delete one account's Post nodes and their relationships (found through the account index).
MATCH (n:Post {account: $account})
DETACH DELETE n
