// Body ids are unique within an account (two accounts may use the same id).
CREATE CONSTRAINT body_key IF NOT EXISTS FOR (n:Body) REQUIRE (n.account, n.id) IS UNIQUE
