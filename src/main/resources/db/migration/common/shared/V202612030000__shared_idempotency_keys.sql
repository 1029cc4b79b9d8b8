-- One row per caller and Idempotency-Key: claimed (status NULL) before the request runs,
-- then the first answer (encrypted body). Rows expire after 24 hours (IdempotencyCleanup).
CREATE TABLE shared_idempotency_key (
    caller        VARCHAR(200) NOT NULL,
    idem_key      VARCHAR(255) NOT NULL,
    fingerprint   VARCHAR(64)  NOT NULL,
    status        INTEGER,
    content_type  VARCHAR(200),
    location      VARCHAR(2000),
    body          TEXT,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_shared_idempotency_key PRIMARY KEY (caller, idem_key)
);

CREATE INDEX ix_shared_idempotency_key_expires ON shared_idempotency_key (expires_at);
