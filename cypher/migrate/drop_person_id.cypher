// Migration: drop the store-wide uniqueness of Person ids that stores made before
// ids became per account (replaced by schema/person_key).
DROP CONSTRAINT person_id IF EXISTS
