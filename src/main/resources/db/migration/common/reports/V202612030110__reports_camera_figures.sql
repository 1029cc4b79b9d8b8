-- The reports module's copy of the cameras and footage requests, fed by cameras events.
-- No owner data: only ownership, status and dates.
CREATE TABLE report_cameras_camera (
    camera_id    BIGINT      PRIMARY KEY,
    unit_id      BIGINT      NOT NULL,
    group_id     BIGINT,
    ownership    VARCHAR(20) NOT NULL,
    status       VARCHAR(20) NOT NULL,
    installed_on DATE        NOT NULL,
    removed_on   DATE,
    confirmed    BOOLEAN     NOT NULL
);
CREATE INDEX report_cameras_camera_unit ON report_cameras_camera (unit_id, ownership);

CREATE TABLE report_cameras_request (
    request_id  BIGINT      PRIMARY KEY,
    unit_id     BIGINT      NOT NULL,
    sent_on     DATE        NOT NULL,
    status      VARCHAR(20) NOT NULL,
    answered_on DATE
);
CREATE INDEX report_cameras_request_unit ON report_cameras_request (unit_id, sent_on);
