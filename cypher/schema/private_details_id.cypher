// PrivateDetails ids are unique.
CREATE CONSTRAINT private_details_id IF NOT EXISTS FOR (n:PrivateDetails) REQUIRE n.id IS UNIQUE
