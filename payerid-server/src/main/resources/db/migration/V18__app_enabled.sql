-- An app-level enabled flag: a disabled app is refused (APP_DISABLED) like a disabled merchant, keeping its
-- keys and settings. Portable SQL, as V13: ADD COLUMN with a constant default and NOT NULL fills existing rows
-- (all enabled) on H2, PostgreSQL and MariaDB alike.

ALTER TABLE merchant_app ADD COLUMN enabled BOOLEAN DEFAULT TRUE NOT NULL;
