// A person takes a post of the account from $since on.
MATCH (p:Person {id: $person, account: $account})
MATCH (x:Post {id: $post, account: $account})
CREATE (p)-[h:HOLDS {since: $since, current: true}]->(x)
RETURN count(h) AS written
