// Post ids are unique within an account (two accounts may use the same id).
CREATE CONSTRAINT post_key IF NOT EXISTS FOR (n:Post) REQUIRE (n.account, n.id) IS UNIQUE
