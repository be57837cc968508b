-- An app's own rate limit, set by the operator; apps without a row use payerid.rate-limit.per-app.
-- One row per app (merchant_app.id); capacity requests per period_ms, as a token bucket.
CREATE TABLE app_rate_limit (
    merchant_app_id VARCHAR(32) NOT NULL,
    capacity        BIGINT      NOT NULL,
    period_ms       BIGINT      NOT NULL,
    updated_at      BIGINT      NOT NULL,
    CONSTRAINT pk_app_rate_limit PRIMARY KEY (merchant_app_id),
    CONSTRAINT fk_app_rate_limit_app FOREIGN KEY (merchant_app_id) REFERENCES merchant_app (id)
);
