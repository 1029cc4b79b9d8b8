-- The public rate limit's token buckets (Bucket4j), shared by every instance on this
-- database: one row per client and day, keyed by a keyed hash of the client's address and
-- the day (never the address itself); expires_at in epoch milliseconds, when the bucket
-- would be full again; rows past it are deleted by PublicRateLimiter's cleanup.
CREATE TABLE tip_rate_bucket (
    id         VARCHAR(64) NOT NULL PRIMARY KEY,
    state      BYTEA,
    expires_at BIGINT
);
CREATE INDEX tip_rate_bucket_expires ON tip_rate_bucket (expires_at);
