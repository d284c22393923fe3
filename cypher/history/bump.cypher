// Bump an account's revision (every write to the account does) and give it a new stamp;
// returns the new revision. The stamp names this state of the account for caches.
MATCH (a:Account {id: $account})
SET a.revision = coalesce(a.revision, 0) + 1, a.stamp = $stamp
RETURN a.revision AS revision
