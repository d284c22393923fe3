// Person ids are unique within an account (two accounts may use the same id).
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE (n.account, n.id) IS UNIQUE
