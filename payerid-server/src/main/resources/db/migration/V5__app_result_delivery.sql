-- How each merchant app receives a native browser flow's result: 'redirect' (signed identity in the
-- redirect URI's query, the behaviour before this column), 'form_post' (the same signed parameters POSTed
-- by an auto-submitting form) or 'ticket' (a one-time ticket redeemed by the merchant's backend).
-- Portable SQL, as V1: ADD COLUMN with a constant default and NOT NULL fills existing rows on H2,
-- PostgreSQL and MariaDB alike.

ALTER TABLE merchant_app ADD COLUMN result_delivery VARCHAR(16) DEFAULT 'redirect' NOT NULL;
