-- Per-minute figures for the console dashboard (io.payerid.server.stats), written by every node under its own
-- name, so the cluster's figures are sums over nodes. No payer identity and no app: channel, dialect, outcome.
CREATE TABLE flow_minute_stat (
    node      VARCHAR(100) NOT NULL,
    minute_at BIGINT       NOT NULL,
    channel   VARCHAR(32)  NOT NULL,
    dialect   VARCHAR(32)  NOT NULL,
    outcome   VARCHAR(64)  NOT NULL,
    flows     BIGINT       NOT NULL,
    PRIMARY KEY (node, minute_at, channel, dialect, outcome)
);
CREATE INDEX ix_flow_minute_stat_minute ON flow_minute_stat (minute_at);

-- Upstream call latencies in fixed buckets (upper bound in ms), so p50/p99 can be merged across nodes.
CREATE TABLE upstream_latency_minute (
    node      VARCHAR(100) NOT NULL,
    minute_at BIGINT       NOT NULL,
    channel   VARCHAR(32)  NOT NULL,
    bucket_ms INT          NOT NULL,
    calls     BIGINT       NOT NULL,
    PRIMARY KEY (node, minute_at, channel, bucket_ms)
);
CREATE INDEX ix_upstream_latency_minute_minute ON upstream_latency_minute (minute_at);
