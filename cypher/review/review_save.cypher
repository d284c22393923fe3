// Keep a review of an adopted plan, with its day and reviewer.
CREATE (x:Review)
SET x = $props, x.account = $account
