-- The open tips (RECEIVED, ASSIGNED, VERIFYING) of the reports module's copy, one row each,
-- kept by TipFeed beside report_tip: the dashboard's open and overdue counts read this small
-- table by its indexes instead of every open row of report_tip. due_at is when the tip's
-- clock runs out: its classification deadline while it is not classified (or its forwarding
-- deadline, if that is earlier), then its forwarding deadline; a tip is overdue when due_at
-- has passed (the same as report_tip's "classified_at IS NULL AND classify_by < now OR
-- forward_by < now").
CREATE TABLE report_open_tip (
    tip_id      BIGINT PRIMARY KEY,
    unit_id     BIGINT NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX report_open_tip_unit_due ON report_open_tip (unit_id, due_at);
CREATE INDEX report_open_tip_unit_received ON report_open_tip (unit_id, received_at, due_at);

-- The open tips already copied (read through report_tip_open, which nothing else reads).
INSERT INTO report_open_tip (tip_id, unit_id, received_at, due_at)
SELECT tip_id, unit_id, received_at,
       CASE WHEN classified_at IS NULL AND classify_by < forward_by THEN classify_by ELSE forward_by END
FROM report_tip WHERE status IN ('RECEIVED', 'ASSIGNED', 'VERIFYING');

DROP INDEX report_tip_open;
