// Department ids are unique within an account (two accounts may use the same id).
CREATE CONSTRAINT department_key IF NOT EXISTS FOR (n:Department) REQUIRE (n.account, n.id) IS UNIQUE
