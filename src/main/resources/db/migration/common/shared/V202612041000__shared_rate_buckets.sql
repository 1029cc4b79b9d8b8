-- Rate limits' token buckets (Bucket4j: public requests, failed sign-ins), shared by every instance on this
-- database: one row per limit, client and day, keyed by a keyed hash of the client's address and
-- the day (never the address itself); expires_at in epoch milliseconds, when the bucket
-- would be full again; rows past it are deleted by shared.ratelimit.RateLimits' cleanup.
CREATE TABLE rate_bucket (
    id         VARCHAR(64) NOT NULL PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX rate_bucket_expires ON rate_bucket (expires_at);
