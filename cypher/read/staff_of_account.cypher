// One of our staff by id, with whether they serve the given account.
MATCH (s:Staff {id: $staff})
RETURN s.name AS name, s.name_en AS name_en,
       EXISTS { (s)-[:SERVES]->(:Account {id: $account}) } AS serves
