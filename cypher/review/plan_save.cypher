// Keep an adopted plan of one account (its targets, owners and checkpoints as JSON).
CREATE (x:Plan)
SET x = $props, x.account = $account
