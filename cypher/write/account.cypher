// Create or update an account; its properties are replaced by $props.
MERGE (a:Account {id: $account})
SET a = $props
