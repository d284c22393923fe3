// An account's revision and stamp (both null for an account never written by this kamgraph).
MATCH (a:Account {id: $account})
RETURN a.revision AS revision, a.stamp AS stamp
