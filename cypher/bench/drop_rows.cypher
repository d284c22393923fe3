// Benchmark clean-up: remove the people (and their ties) the row-at-a-time baseline wrote.
MATCH (p:Person {account: $account})
DETACH DELETE p
