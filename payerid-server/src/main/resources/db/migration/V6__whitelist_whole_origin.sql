-- A whitelist entry that admits every path of its origin is now an explicit choice (admin API
-- "wholeOrigin": true) instead of the silent meaning of a missing path prefix. Portable SQL, as V1;
-- the DEFAULT only fills the column for the ALTER, every INSERT writes it.
-- Existing rows: an entry without a path prefix already admitted the whole origin, so it becomes
-- whole_origin = TRUE and keeps working; entries with a prefix are FALSE. Nothing changes silently,
-- and the admin API now shows the flag on every entry.

ALTER TABLE redirect_whitelist ADD COLUMN whole_origin BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE redirect_whitelist SET whole_origin = TRUE WHERE path_prefix = '';
