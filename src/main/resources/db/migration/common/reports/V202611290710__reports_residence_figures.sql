-- Residence figures per ward and residential group, fed by the residence module's events.
CREATE TABLE report_stay_figures (
    unit_id          BIGINT  NOT NULL,
    group_key        BIGINT  NOT NULL,
    guests           INTEGER NOT NULL DEFAULT 0,
    foreign_guests   INTEGER NOT NULL DEFAULT 0,
    late_guests      INTEGER NOT NULL DEFAULT 0,
    departed         INTEGER NOT NULL DEFAULT 0,
    foreign_departed INTEGER NOT NULL DEFAULT 0,
    purged_present   INTEGER NOT NULL DEFAULT 0,
    purged_foreign   INTEGER NOT NULL DEFAULT 0,
    notifications    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_id, group_key)
);
-- Events already counted, so that a redelivered event counts once.
CREATE TABLE report_stay_event (
    event_key VARCHAR(80) NOT NULL PRIMARY KEY
);
-- Active temporary residences and the last day of their term.
CREATE TABLE report_temporary_residence (
    residence_id BIGINT NOT NULL PRIMARY KEY,
    unit_id      BIGINT NOT NULL,
    ends_on      DATE   NOT NULL
);
CREATE INDEX report_temporary_residence_unit ON report_temporary_residence (unit_id, ends_on);
