// Benchmark baseline: write one person per query, as a hand-written driver loop would.
// kamgraph bench compares its batched import with this; it is not used by the importer.
MERGE (p:Person {id: $id})
SET p += $props, p.account = $account
