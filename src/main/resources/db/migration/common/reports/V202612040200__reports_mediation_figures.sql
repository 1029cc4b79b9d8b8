-- Reports' copy of grassroots mediation cases and their sessions (fed by the mediation
-- module's events; no party's details).
CREATE TABLE report_mediation_case (
    case_id      BIGINT      PRIMARY KEY,
    unit_id      BIGINT      NOT NULL,
    dispute_kind VARCHAR(30) NOT NULL,
    received_on  DATE        NOT NULL,
    outcome      VARCHAR(20),
    closed_on    DATE,
    tip_id       BIGINT
);
CREATE INDEX report_mediation_case_unit ON report_mediation_case (unit_id, received_on);

CREATE TABLE report_mediation_session (
    session_id BIGINT PRIMARY KEY,
    case_id    BIGINT NOT NULL,
    held_on    DATE   NOT NULL
);
CREATE INDEX report_mediation_session_case ON report_mediation_session (case_id);

-- Cases recorded before the mediation module published events.
INSERT INTO report_mediation_case (case_id, unit_id, dispute_kind, received_on, outcome, closed_on, tip_id)
SELECT id, unit_id, dispute_kind, received_on, CASE WHEN status = 'OPEN' THEN NULL ELSE status END, closed_on, tip_id
FROM mediation_case;
INSERT INTO report_mediation_session (session_id, case_id, held_on)
SELECT id, case_id, held_on FROM mediation_session;
