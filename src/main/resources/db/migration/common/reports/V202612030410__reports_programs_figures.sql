-- The reports module's copies of the programs: plans, deployments, key areas, scorecards.
-- version: the record's version in the event; an older event never overwrites a newer copy.

CREATE TABLE report_programs_plan (
    plan_id BIGINT PRIMARY KEY,
    unit_id BIGINT NOT NULL,
    kind VARCHAR(16) NOT NULL,
    number VARCHAR(60) NOT NULL,
    title VARCHAR(500) NOT NULL,
    issued_on DATE NOT NULL,
    tasks INT NOT NULL,
    tasks_done INT NOT NULL,
    version INT NOT NULL
);

CREATE TABLE report_programs_deployment (
    deployment_id BIGINT PRIMARY KEY,
    model_code VARCHAR(40) NOT NULL,
    model_name VARCHAR(200) NOT NULL,
    unit_id BIGINT NOT NULL,
    place_id BIGINT,
    started_on DATE NOT NULL,
    status VARCHAR(16) NOT NULL,
    version INT NOT NULL
);

CREATE TABLE report_programs_key_area (
    key_area_id BIGINT PRIMARY KEY,
    unit_id BIGINT NOT NULL,
    kind VARCHAR(30) NOT NULL,
    area_year INT NOT NULL,
    status VARCHAR(20) NOT NULL,
    evaluated_on DATE,
    version INT NOT NULL
);

CREATE TABLE report_programs_scorecard (
    scorecard_id BIGINT PRIMARY KEY,
    unit_id BIGINT NOT NULL,
    set_code VARCHAR(40) NOT NULL,
    set_name VARCHAR(300) NOT NULL,
    period INT NOT NULL,
    status VARCHAR(16) NOT NULL,
    score INT NOT NULL,
    all_met BOOLEAN NOT NULL,
    recognition_number VARCHAR(60),
    recognised_on DATE,
    version INT NOT NULL
);
