-- The reports module's copy of the forces, fed by forces events: one row per team, per
-- membership and per activity, so that every figure can be traced back to its records.
CREATE TABLE report_forces_team (
    team_id    BIGINT      PRIMARY KEY,
    unit_id    BIGINT      NOT NULL,
    kind       VARCHAR(30) NOT NULL,
    founded_on DATE        NOT NULL,
    ended_on   DATE
);
CREATE INDEX report_forces_team_unit ON report_forces_team (unit_id, kind);

CREATE TABLE report_forces_membership (
    membership_id BIGINT PRIMARY KEY,
    team_id       BIGINT NOT NULL,
    person_id     BIGINT NOT NULL,
    joined_on     DATE   NOT NULL,
    left_on       DATE
);
CREATE INDEX report_forces_membership_team ON report_forces_membership (team_id);

CREATE TABLE report_forces_activity (
    activity_id BIGINT      PRIMARY KEY,
    team_id     BIGINT      NOT NULL,
    unit_id     BIGINT      NOT NULL,
    kind        VARCHAR(30) NOT NULL,
    occurred_on DATE        NOT NULL,
    activity_month CHAR(7)  NOT NULL
);
CREATE INDEX report_forces_activity_unit ON report_forces_activity (unit_id, activity_month);
