-- Urban-order rollups, fed by StreetsFeed with the per-violation copy (report_violation):
-- per unit, day (grain 'D') and month (grain 'M', period_on its first day) of the violation,
-- by type and by step (one row per dimension and value), the violations and the fines
-- decided and paid (number with an amount, and their sum). Read as RollupRange says.
CREATE TABLE report_violation_count (
    unit_id        BIGINT      NOT NULL,
    grain          VARCHAR(1)  NOT NULL,
    period_on      DATE        NOT NULL,
    dimension      VARCHAR(10) NOT NULL,
    dim_value      VARCHAR(40) NOT NULL,
    violations     BIGINT      NOT NULL,
    decided_fines  BIGINT      NOT NULL,
    decided_amount BIGINT      NOT NULL,
    paid_fines     BIGINT      NOT NULL,
    paid_amount    BIGINT      NOT NULL,
    PRIMARY KEY (unit_id, grain, period_on, dimension, dim_value)
);

CREATE TABLE report_violation_backfill (
    unit_id     BIGINT      NOT NULL,
    day_on      DATE        NOT NULL,
    month_on    DATE        NOT NULL,
    type_code   VARCHAR(40) NOT NULL,
    step        VARCHAR(30) NOT NULL,
    decided     INTEGER     NOT NULL,
    decided_fine BIGINT     NOT NULL,
    paid        INTEGER     NOT NULL,
    paid_fine   BIGINT      NOT NULL
);
INSERT INTO report_violation_backfill (unit_id, day_on, month_on, type_code, step, decided, decided_fine, paid, paid_fine)
SELECT unit_id, occurred_on, CAST(SUBSTRING(CAST(occurred_on AS VARCHAR(10)) FROM 1 FOR 7) || '-01' AS DATE), type_code,
       step,
       CASE WHEN decided_on IS NOT NULL AND fine_amount IS NOT NULL THEN 1 ELSE 0 END,
       CASE WHEN decided_on IS NOT NULL AND fine_amount IS NOT NULL THEN fine_amount ELSE 0 END,
       CASE WHEN paid_on IS NOT NULL AND fine_amount IS NOT NULL THEN 1 ELSE 0 END,
       CASE WHEN paid_on IS NOT NULL AND fine_amount IS NOT NULL THEN fine_amount ELSE 0 END
FROM report_violation;

INSERT INTO report_violation_count (unit_id, grain, period_on, dimension, dim_value, violations, decided_fines,
  decided_amount, paid_fines, paid_amount)
SELECT unit_id, 'D', day_on, 'type', type_code, COUNT(*), SUM(decided), SUM(decided_fine), SUM(paid), SUM(paid_fine)
FROM report_violation_backfill GROUP BY unit_id, day_on, type_code;
INSERT INTO report_violation_count (unit_id, grain, period_on, dimension, dim_value, violations, decided_fines,
  decided_amount, paid_fines, paid_amount)
SELECT unit_id, 'D', day_on, 'step', step, COUNT(*), SUM(decided), SUM(decided_fine), SUM(paid), SUM(paid_fine)
FROM report_violation_backfill GROUP BY unit_id, day_on, step;
INSERT INTO report_violation_count (unit_id, grain, period_on, dimension, dim_value, violations, decided_fines,
  decided_amount, paid_fines, paid_amount)
SELECT unit_id, 'M', month_on, 'type', type_code, COUNT(*), SUM(decided), SUM(decided_fine), SUM(paid), SUM(paid_fine)
FROM report_violation_backfill GROUP BY unit_id, month_on, type_code;
INSERT INTO report_violation_count (unit_id, grain, period_on, dimension, dim_value, violations, decided_fines,
  decided_amount, paid_fines, paid_amount)
SELECT unit_id, 'M', month_on, 'step', step, COUNT(*), SUM(decided), SUM(decided_fine), SUM(paid), SUM(paid_fine)
FROM report_violation_backfill GROUP BY unit_id, month_on, step;

DROP TABLE report_violation_backfill;
