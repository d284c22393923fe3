// Set an account's revision and stamp after an import rewrote its properties.
MATCH (a:Account {id: $account})
SET a.revision = $revision, a.stamp = $stamp
RETURN a.revision AS revision
