// Opportunity ids are unique within an account (two accounts may use the same id).
CREATE CONSTRAINT opportunity_key IF NOT EXISTS FOR (n:Opportunity) REQUIRE (n.account, n.id) IS UNIQUE
