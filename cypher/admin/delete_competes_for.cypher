// Remove an account's competitor links (before its competitors are written again).
MATCH (:Competitor)-[r:COMPETES_FOR]->(:Account {id: $account})
DELETE r
