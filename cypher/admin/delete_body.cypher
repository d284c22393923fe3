// Delete one account's decision bodies and their memberships (found through the account index).
MATCH (n:Body {account: $account})
DETACH DELETE n
