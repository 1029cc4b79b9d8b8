-- Tip rollups, fed by TipFeed with the per-tip copy (report_tip): how many tips each unit
-- received per day (grain 'D') and per calendar month (grain 'M', period_on its first day),
-- in Vietnam's time, by category, channel and status (one row per dimension and value), so
-- that a period's figures sum a few hundred rows instead of counting millions of tips: full
-- months from the 'M' rows, the days before the first and after the last full month from
-- the 'D' rows.
CREATE TABLE report_tip_count (
    unit_id   BIGINT      NOT NULL,
    grain     VARCHAR(1)  NOT NULL,
    period_on DATE        NOT NULL,
    dimension VARCHAR(10) NOT NULL,
    dim_value VARCHAR(40) NOT NULL,
    tips      BIGINT      NOT NULL,
    PRIMARY KEY (unit_id, grain, period_on, dimension, dim_value)
);

-- The outcomes of resolved tips the same way: per kind and offence category ('' for none),
-- the tips with such an outcome (each tip once) and the sums of their cases and suspects.
CREATE TABLE report_tip_outcome_count (
    unit_id          BIGINT      NOT NULL,
    grain            VARCHAR(1)  NOT NULL,
    period_on        DATE        NOT NULL,
    kind             VARCHAR(30) NOT NULL,
    offence_category VARCHAR(60) NOT NULL,
    tips             BIGINT      NOT NULL,
    cases            BIGINT      NOT NULL,
    suspects         BIGINT      NOT NULL,
    PRIMARY KEY (unit_id, grain, period_on, kind, offence_category)
);

-- Open and overdue tips are counted from the copy itself: only open tips are read.
CREATE INDEX report_tip_open ON report_tip (status, unit_id, received_at);

-- The rollups of the tips already copied. The day in Vietnam's time is taken from the text
-- of the time at that zone (H2 and PostgreSQL agree on it; casts would use the session's zone).
CREATE TABLE report_tip_day_backfill (
    tip_id        BIGINT      NOT NULL PRIMARY KEY,
    unit_id       BIGINT      NOT NULL,
    day_on        DATE        NOT NULL,
    month_on      DATE        NOT NULL,
    category_code VARCHAR(40) NOT NULL,
    channel       VARCHAR(20) NOT NULL,
    status        VARCHAR(20) NOT NULL
);
INSERT INTO report_tip_day_backfill (tip_id, unit_id, day_on, month_on, category_code, channel, status)
SELECT tip_id, unit_id, CAST(SUBSTRING(local_time FROM 1 FOR 10) AS DATE),
       CAST(SUBSTRING(local_time FROM 1 FOR 7) || '-01' AS DATE), category_code, channel, status
FROM (SELECT tip_id, unit_id, category_code, channel, status,
             CAST(received_at AT TIME ZONE 'Asia/Ho_Chi_Minh' AS VARCHAR(40)) AS local_time
      FROM report_tip) t;

INSERT INTO report_tip_count (unit_id, grain, period_on, dimension, dim_value, tips)
SELECT unit_id, 'D', day_on, 'category', category_code, COUNT(*) FROM report_tip_day_backfill GROUP BY unit_id, day_on, category_code;
INSERT INTO report_tip_count (unit_id, grain, period_on, dimension, dim_value, tips)
SELECT unit_id, 'D', day_on, 'channel', channel, COUNT(*) FROM report_tip_day_backfill GROUP BY unit_id, day_on, channel;
INSERT INTO report_tip_count (unit_id, grain, period_on, dimension, dim_value, tips)
SELECT unit_id, 'D', day_on, 'status', status, COUNT(*) FROM report_tip_day_backfill GROUP BY unit_id, day_on, status;
INSERT INTO report_tip_count (unit_id, grain, period_on, dimension, dim_value, tips)
SELECT unit_id, 'M', month_on, 'category', category_code, COUNT(*) FROM report_tip_day_backfill GROUP BY unit_id, month_on, category_code;
INSERT INTO report_tip_count (unit_id, grain, period_on, dimension, dim_value, tips)
SELECT unit_id, 'M', month_on, 'channel', channel, COUNT(*) FROM report_tip_day_backfill GROUP BY unit_id, month_on, channel;
INSERT INTO report_tip_count (unit_id, grain, period_on, dimension, dim_value, tips)
SELECT unit_id, 'M', month_on, 'status', status, COUNT(*) FROM report_tip_day_backfill GROUP BY unit_id, month_on, status;

INSERT INTO report_tip_outcome_count (unit_id, grain, period_on, kind, offence_category, tips, cases, suspects)
SELECT b.unit_id, 'D', b.day_on, o.kind, COALESCE(o.offence_category, ''), COUNT(DISTINCT o.tip_id), SUM(o.cases),
       SUM(o.suspects)
FROM report_tip_outcome o JOIN report_tip_day_backfill b ON b.tip_id = o.tip_id
WHERE b.status = 'RESOLVED'
GROUP BY b.unit_id, b.day_on, o.kind, COALESCE(o.offence_category, '');
INSERT INTO report_tip_outcome_count (unit_id, grain, period_on, kind, offence_category, tips, cases, suspects)
SELECT b.unit_id, 'M', b.month_on, o.kind, COALESCE(o.offence_category, ''), COUNT(DISTINCT o.tip_id), SUM(o.cases),
       SUM(o.suspects)
FROM report_tip_outcome o JOIN report_tip_day_backfill b ON b.tip_id = o.tip_id
WHERE b.status = 'RESOLVED'
GROUP BY b.unit_id, b.month_on, o.kind, COALESCE(o.offence_category, '');

DROP TABLE report_tip_day_backfill;
