-- Seed 004 (兑换系统) Alipay authorization requests: one row per POST /v1/openapi/auth/alipay/url, found
-- again by the random link token when the payer opens the link, and updated once the payer authorizes.
-- Portable SQL, as V1. The unique key on (business_id, serial_no) is what makes a repeated serialNo
-- (status 8) atomic under concurrent requests. business_id is the MerchantApp's app_id.
-- status: PENDING (link issued), AUTHORIZED (identity known, callback enqueued), FAILED (last attempt
-- failed; the link may be opened again until it expires). last_error holds that attempt's ErrorCode.

CREATE TABLE exchange_auth_request (
    id               VARCHAR(32)   NOT NULL,
    link_token       VARCHAR(64)   NOT NULL,
    business_id      VARCHAR(64)   NOT NULL,
    merchant_id      VARCHAR(32)   NOT NULL,
    serial_no        VARCHAR(64)   NOT NULL,
    merchant_user_id VARCHAR(128)  NOT NULL,
    callback_url     VARCHAR(2048),
    sign_type        VARCHAR(16)   NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    alipay_open_id   VARCHAR(128),
    alipay_user_id   VARCHAR(64),
    notification_id  VARCHAR(32),
    last_error       VARCHAR(64),
    expires_at       BIGINT        NOT NULL,
    created_at       BIGINT        NOT NULL,
    updated_at       BIGINT        NOT NULL,
    CONSTRAINT pk_exchange_auth_request PRIMARY KEY (id),
    CONSTRAINT uk_exchange_auth_request_serial UNIQUE (business_id, serial_no),
    CONSTRAINT uk_exchange_auth_request_link UNIQUE (link_token),
    CONSTRAINT fk_exchange_auth_request_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
);

CREATE INDEX ix_exchange_auth_request_notification ON exchange_auth_request (notification_id);
