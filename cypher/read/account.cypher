// One account's own properties.
MATCH (a:Account {id: $account})
RETURN properties(a) AS props
