-- The retention purge (io.payerid.server.retention) finds finished callbacks by status and last change,
-- and seed 004 requests by expiry, batch by batch; without these indexes each batch would scan the table.
CREATE INDEX ix_callback_outbox_retention ON callback_outbox (status, updated_at);
CREATE INDEX ix_exchange_auth_request_expiry ON exchange_auth_request (expires_at);
