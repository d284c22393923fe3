// Every dated stance assessment of one account's people.
MATCH (p:Person {account: $account})-[s:STANCE]->(:Account)
RETURN p.id AS person, properties(s) AS props
ORDER BY person, s.toward, s.on
