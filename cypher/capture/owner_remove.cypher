// Remove one of our staff as owner $role (A or B) of a person.
MATCH (:Staff {id: $staff})-[o:OWNS {role: $role}]->(:Person {id: $person, account: $account})
DELETE o
RETURN count(*) AS written
