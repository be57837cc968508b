-- The console's accounts and the audit log of every change made through the console or the admin API.
-- Portable SQL as V1 (H2, PostgreSQL, MariaDB). Passwords are stored only as PBKDF2 hashes
-- ("pbkdf2-sha256$<iterations>$<salt>$<hash>"); the audit log never holds a secret value.

CREATE TABLE console_account (
    id             VARCHAR(32)  NOT NULL,
    username       VARCHAR(64)  NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    role           VARCHAR(32)  NOT NULL,
    merchant_id    VARCHAR(32),
    enabled        BOOLEAN      NOT NULL,
    created_at     BIGINT       NOT NULL,
    sessions_after BIGINT       NOT NULL,
    CONSTRAINT pk_console_account PRIMARY KEY (id),
    CONSTRAINT uk_console_account_username UNIQUE (username),
    CONSTRAINT fk_console_account_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
);

CREATE TABLE audit_event (
    id          VARCHAR(32)   NOT NULL,
    occurred_at BIGINT        NOT NULL,
    actor       VARCHAR(96)   NOT NULL,
    client_ip   VARCHAR(64)   NOT NULL,
    action      VARCHAR(191)  NOT NULL,
    target      VARCHAR(191)  NOT NULL,
    merchant_id VARCHAR(32),
    detail      VARCHAR(1024) NOT NULL,
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
);

CREATE INDEX ix_audit_event_time ON audit_event (occurred_at, id);
CREATE INDEX ix_audit_event_merchant ON audit_event (merchant_id, occurred_at);
