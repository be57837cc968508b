-- Static QR entries (聚合码/台卡): one printed code per merchant counter. Portable SQL, as V1.
CREATE TABLE qr_entry (
    code         VARCHAR(32)   NOT NULL,
    merchant_id  VARCHAR(32)   NOT NULL,
    app_id       VARCHAR(64)   NOT NULL,
    name         VARCHAR(128)  NOT NULL,
    redirect_uri VARCHAR(2048) NOT NULL,
    created_at   BIGINT        NOT NULL,
    CONSTRAINT pk_qr_entry PRIMARY KEY (code),
    CONSTRAINT fk_qr_entry_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
);

CREATE INDEX ix_qr_entry_merchant ON qr_entry (merchant_id);
