// Migration: drop the store-wide uniqueness of Department ids that stores made before
// ids became per account (replaced by schema/department_key).
DROP CONSTRAINT department_id IF EXISTS
