// Delete one account's PrivateDetails nodes and their relationships (found through the account index).
MATCH (n:PrivateDetails {account: $account})
DETACH DELETE n
