// Migration: drop the store-wide uniqueness of PrivateDetails ids that stores made before
// ids became per account (replaced by schema/private_details_key).
DROP CONSTRAINT private_details_id IF EXISTS
