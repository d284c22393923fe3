// Keep dated events (what changed in an account, when, by whom) under one revision.
UNWIND $events AS e
CREATE (x:Event)
SET x = e, x.account = $account, x.rev = $rev
