// Benchmark baseline: the warm-path question asked of the store, as a plain Cypher
// shortestPath over acquaintance ties (fewest hops, ties in either direction) from
// one of our staff to a person.
MATCH (s:Staff {id: $source})
MATCH (t:Person {id: $target})
MATCH p = shortestPath((s)-[:KNOWS*..6]-(t))
RETURN [n IN nodes(p) | n.id] AS ids
