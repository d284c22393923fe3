// List every account with its tier and how many people and opportunities it holds.
MATCH (a:Account)
RETURN a.id AS id, a.name AS name, a.name_en AS name_en, a.tier AS tier,
       COUNT { MATCH (p:Person) WHERE p.account = a.id } AS people,
       COUNT { MATCH (o:Opportunity) WHERE o.account = a.id } AS opportunities
ORDER BY id
