-- WeChat third-party platform (component) mode: the accounts merchants authorized to their institution's
-- platform through an onboarding link. Portable SQL as V1: VARCHAR / BIGINT, no defaults, no vendor types;
-- indexed VARCHARs at most 191 characters (MariaDB utf8mb4).
--
-- refresh_token_enc is WeChat's authorizer_refresh_token, encrypted like every secret (SecretCipher). status is
-- AUTHORIZED, or UNAUTHORIZED after WeChat's unauthorized push (updateauthorized makes it AUTHORIZED again).
-- channel_kind is the merchant channel the authorization configured (WECHAT_OA or WECHAT_MINIAPP).

CREATE TABLE wechat_component_authorizer (
    component_app_id  VARCHAR(64)   NOT NULL,
    authorizer_app_id VARCHAR(64)   NOT NULL,
    institution_id    VARCHAR(32)   NOT NULL,
    merchant_id       VARCHAR(32)   NOT NULL,
    channel_kind      VARCHAR(32)   NOT NULL,
    refresh_token_enc VARCHAR(1024) NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    created_at        BIGINT        NOT NULL,
    updated_at        BIGINT        NOT NULL,
    CONSTRAINT pk_wechat_component_authorizer PRIMARY KEY (component_app_id, authorizer_app_id),
    CONSTRAINT fk_wechat_component_authorizer_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT fk_wechat_component_authorizer_merchant FOREIGN KEY (merchant_id) REFERENCES merchant (id)
);

CREATE INDEX ix_wechat_component_authorizer_merchant ON wechat_component_authorizer (merchant_id);
