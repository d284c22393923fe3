// Remove the plans and reviews of one account (when the account itself is deleted).
MATCH (x:Plan|Review {account: $account})
DELETE x
