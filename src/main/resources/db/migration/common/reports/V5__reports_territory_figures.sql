-- The reports module's own copy of territory figures, fed by territory events, so that the
-- dashboard never reads another module's tables. One row per source record: figures can be
-- traced back to their records.
CREATE TABLE report_residential_group (
    group_id   BIGINT  PRIMARY KEY,
    unit_id    BIGINT  NOT NULL,
    households INTEGER NOT NULL,
    residents  INTEGER NOT NULL
);
CREATE INDEX report_residential_group_unit ON report_residential_group (unit_id);

CREATE TABLE report_place (
    place_id BIGINT      PRIMARY KEY,
    unit_id  BIGINT      NOT NULL,
    kind     VARCHAR(30) NOT NULL
);
CREATE INDEX report_place_unit ON report_place (unit_id);
