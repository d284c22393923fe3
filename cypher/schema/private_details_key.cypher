// PrivateDetails ids are unique within an account (two accounts may use the same id).
CREATE CONSTRAINT private_details_key IF NOT EXISTS FOR (n:PrivateDetails) REQUIRE (n.account, n.id) IS UNIQUE
