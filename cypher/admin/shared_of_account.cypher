// The shared records (our staff, competitors) linked to one account: the candidates for
// removal when the account is erased and nothing else uses them.
OPTIONAL MATCH (s:Staff)-[:SERVES]->(:Account {id: $account})
WITH collect(DISTINCT s.id) AS staff
OPTIONAL MATCH (c:Competitor)-[:COMPETES_FOR]->(:Account {id: $account})
RETURN staff, collect(DISTINCT c.id) AS competitors
