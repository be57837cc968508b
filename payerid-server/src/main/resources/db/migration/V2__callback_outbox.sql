-- Durable outbox of merchant callbacks (at-least-once delivery). Portable SQL, as V1.
-- A row is written in the same request that creates the event and survives restarts; any node may
-- claim a due row by moving locked_until forward with a conditional UPDATE (no row locks, no
-- vendor syntax). The id is the notification id merchants see on every attempt.

CREATE TABLE callback_outbox (
    id              VARCHAR(32)   NOT NULL,
    dialect         VARCHAR(32)   NOT NULL,
    institution_id  VARCHAR(32)   NOT NULL,
    merchant_id     VARCHAR(32),
    reference       VARCHAR(128)  NOT NULL,
    target_url      VARCHAR(2048) NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at BIGINT        NOT NULL,
    locked_until    BIGINT,
    created_at      BIGINT        NOT NULL,
    updated_at      BIGINT        NOT NULL,
    CONSTRAINT pk_callback_outbox PRIMARY KEY (id),
    CONSTRAINT fk_callback_outbox_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);

CREATE INDEX ix_callback_outbox_due ON callback_outbox (status, next_attempt_at);
CREATE INDEX ix_callback_outbox_reference ON callback_outbox (reference);

CREATE TABLE callback_attempt (
    notification_id VARCHAR(32)  NOT NULL,
    attempt_no      INT          NOT NULL,
    attempted_at    BIGINT       NOT NULL,
    http_status     INT,
    outcome         VARCHAR(16)  NOT NULL,
    detail          VARCHAR(512),
    CONSTRAINT pk_callback_attempt PRIMARY KEY (notification_id, attempt_no),
    CONSTRAINT fk_callback_attempt_outbox FOREIGN KEY (notification_id) REFERENCES callback_outbox (id)
);
