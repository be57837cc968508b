-- The admin callback list pages newest first with a keyset on (created_at, id); without this index
-- every page would sort the whole table.
CREATE INDEX ix_callback_outbox_created ON callback_outbox (created_at, id);
