// Remove the history of one account (when the account itself is deleted).
MATCH (x:Event {account: $account})
DELETE x
