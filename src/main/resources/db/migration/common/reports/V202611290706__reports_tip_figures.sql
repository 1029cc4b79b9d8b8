-- The reports module's copy of tip figures, fed by the tips module's events: one row per
-- tip (no description, no reporter) and one per outcome, so that every figure can be traced
-- back to its tips.
CREATE TABLE report_tip (
    tip_id        BIGINT      PRIMARY KEY,
    version       INTEGER     NOT NULL,
    unit_id       BIGINT      NOT NULL,
    category_code VARCHAR(40) NOT NULL,
    channel       VARCHAR(20) NOT NULL,
    status        VARCHAR(20) NOT NULL,
    urgent        BOOLEAN     NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    classify_by   TIMESTAMP WITH TIME ZONE NOT NULL,
    forward_by    TIMESTAMP WITH TIME ZONE NOT NULL,
    classified_at TIMESTAMP WITH TIME ZONE,
    closed_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX report_tip_unit_received ON report_tip (unit_id, received_at);

CREATE TABLE report_tip_outcome (
    tip_id           BIGINT      NOT NULL,
    position         INTEGER     NOT NULL,
    kind             VARCHAR(30) NOT NULL,
    offence_category VARCHAR(60),
    cases            INTEGER     NOT NULL,
    suspects         INTEGER     NOT NULL,
    PRIMARY KEY (tip_id, position)
);
