// Delete an Account node (after its content was deleted).
MATCH (a:Account {id: $account})
DETACH DELETE a
