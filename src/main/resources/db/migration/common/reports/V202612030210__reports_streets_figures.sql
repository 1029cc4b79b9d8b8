-- Reports' copy of urban-order violations (fed by the streets module's events).
CREATE TABLE report_violation (
    violation_id BIGINT      PRIMARY KEY,
    version      INTEGER     NOT NULL,
    unit_id      BIGINT      NOT NULL,
    type_code    VARCHAR(40) NOT NULL,
    step         VARCHAR(30) NOT NULL,
    occurred_on  DATE        NOT NULL,
    fine_amount  BIGINT,
    decided_on   DATE,
    paid_on      DATE,
    closed_on    DATE
);
CREATE INDEX report_violation_unit ON report_violation (unit_id, occurred_on);
