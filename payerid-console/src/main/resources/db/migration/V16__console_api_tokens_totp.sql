-- Per-account API tokens for the bearer-token admin API. Portable SQL as V1 (H2, PostgreSQL, MariaDB).
-- Only the SHA-256 of a token is stored (token_hash, hex): the token is 256 random bits, so a fast hash is
-- enough and lets the admin API find it by an indexed lookup. The prefix (first characters) identifies it in lists.

CREATE TABLE console_api_token (
    id           VARCHAR(32)  NOT NULL,
    account_id   VARCHAR(32)  NOT NULL,
    name         VARCHAR(64)  NOT NULL,
    role         VARCHAR(32)  NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    prefix       VARCHAR(16)  NOT NULL,
    created_at   BIGINT       NOT NULL,
    last_used_at BIGINT,
    expires_at   BIGINT,
    revoked_at   BIGINT,
    CONSTRAINT pk_console_api_token PRIMARY KEY (id),
    CONSTRAINT uk_console_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_console_api_token_account FOREIGN KEY (account_id) REFERENCES console_account (id)
);

CREATE INDEX ix_console_api_token_account ON console_api_token (account_id, created_at);

-- TOTP second factor (RFC 6238) of an account: the secret encrypted like channel secrets ("v1:<keyId>:..."),
-- enabled once confirmed with a first code; last_step is the last 30-second step a code was accepted for, so a
-- code (or an earlier one) cannot be used twice, on any node.
CREATE TABLE console_totp (
    account_id VARCHAR(32)  NOT NULL,
    secret     VARCHAR(255) NOT NULL,
    enabled    BOOLEAN      NOT NULL,
    last_step  BIGINT       NOT NULL,
    created_at BIGINT       NOT NULL,
    CONSTRAINT pk_console_totp PRIMARY KEY (account_id),
    CONSTRAINT fk_console_totp_account FOREIGN KEY (account_id) REFERENCES console_account (id)
);
