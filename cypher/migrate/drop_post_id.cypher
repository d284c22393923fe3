// Migration: drop the store-wide uniqueness of Post ids that stores made before
// ids became per account (replaced by schema/post_key).
DROP CONSTRAINT post_id IF EXISTS
