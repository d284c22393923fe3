// Ids of the staff who made stance assessments in one account.
MATCH (:Person {account: $account})-[s:STANCE]->(:Account {id: $account})
WHERE s.by IS NOT NULL
RETURN DISTINCT s.by AS id
