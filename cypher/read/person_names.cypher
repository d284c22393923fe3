// The names of one person of one account (to look for mentions of them elsewhere).
MATCH (p:Person {id: $person, account: $account})
RETURN p.name AS name, p.name_en AS name_en
