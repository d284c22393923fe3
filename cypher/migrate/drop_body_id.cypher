// Migration: drop the store-wide uniqueness of Body ids that stores made before
// ids became per account (replaced by schema/body_key).
DROP CONSTRAINT body_id IF EXISTS
