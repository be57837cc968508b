-- A merchant user's request for a redirect whitelist entry, decided by a platform operator. Portable SQL as V1
-- (H2, PostgreSQL, MariaDB). The URL is kept as typed (it was already checked by the whitelist rules when asked);
-- approving checks it again and adds the entry. status: PENDING, APPROVED, REJECTED, WITHDRAWN.

CREATE TABLE whitelist_request (
    id            VARCHAR(32)  NOT NULL,
    merchant_id   VARCHAR(32)  NOT NULL,
    url           VARCHAR(512) NOT NULL,
    whole_origin  BOOLEAN      NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    requested_by  VARCHAR(64)  NOT NULL,
    requested_at  BIGINT       NOT NULL,
    decided_by    VARCHAR(64),
    decided_at    BIGINT,
    reason        VARCHAR(512),
    CONSTRAINT pk_whitelist_request PRIMARY KEY (id),
    CONSTRAINT fk_whitelist_request_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
);

CREATE INDEX ix_whitelist_request_status ON whitelist_request (status, requested_at);
CREATE INDEX ix_whitelist_request_merchant ON whitelist_request (merchant_id, status);
