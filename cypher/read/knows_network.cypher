// Every acquaintance tie in the store (all accounts), for portfolio-wide warm paths.
MATCH (s)-[k:KNOWS]->(t:Person)
RETURN s.id AS source, t.id AS target, k.strength AS strength, k.circle AS circle
