-- App sign-key rotation with an overlap period, and a last-change time on every tenant row the admin
-- API shows. Portable SQL, as V1 and V5: ADD COLUMN with a constant default and NOT NULL fills existing
-- rows on H2, PostgreSQL and MariaDB alike; the UPDATEs then backfill the real value.
--
-- previous_sign_key_enc is the key a rotation replaced, encrypted like sign_key_enc; it keeps verifying
-- merchant requests until previous_key_expires_at (epoch milliseconds). Both are NULL when no overlap runs.

ALTER TABLE merchant_app ADD COLUMN previous_sign_key_enc VARCHAR(512);
ALTER TABLE merchant_app ADD COLUMN previous_key_expires_at BIGINT;

ALTER TABLE institution ADD COLUMN updated_at BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE merchant ADD COLUMN updated_at BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE merchant_app ADD COLUMN updated_at BIGINT DEFAULT 0 NOT NULL;

UPDATE institution SET updated_at = created_at;
UPDATE merchant SET updated_at = created_at;
UPDATE merchant_app SET updated_at = created_at;
