// Benchmark baseline: write one acquaintance tie per query, as a hand-written driver loop would.
MATCH (a:Person {id: $source})
MATCH (b:Person {id: $target})
CREATE (a)-[k:KNOWS]->(b)
SET k += $props, k.account = $account
