// Remove which staff serve an account (before its staff are written again).
MATCH (:Staff)-[r:SERVES]->(:Account {id: $account})
DELETE r
