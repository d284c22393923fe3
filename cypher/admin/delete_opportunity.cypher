// Delete one account's Opportunity nodes and their relationships (found through the account index).
MATCH (n:Opportunity {account: $account})
DETACH DELETE n
