-- The app (merchant_app.app_id, the merchant's public appId) each callback belongs to, so the console and
-- the admin API can list one app's or one merchant's callbacks. Portable SQL, as V13: a nullable ADD COLUMN
-- runs the same on H2, PostgreSQL and MariaDB; rows written before V20 keep NULL (no app known).
-- Both list filters page newest first on (created_at, id), so each index ends with those columns: a filtered
-- page reads its rows from the index in order instead of sorting every row of the app or merchant.

ALTER TABLE callback_outbox ADD COLUMN app_id VARCHAR(64);

CREATE INDEX ix_callback_outbox_app ON callback_outbox (app_id, created_at, id);
CREATE INDEX ix_callback_outbox_merchant ON callback_outbox (merchant_id, created_at, id);
