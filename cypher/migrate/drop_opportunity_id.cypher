// Migration: drop the store-wide uniqueness of Opportunity ids that stores made before
// ids became per account (replaced by schema/opportunity_key).
DROP CONSTRAINT opportunity_id IF EXISTS
