-- The event publication registry (Spring Modulith's transactional outbox, every module's events)
-- updates and deletes its rows one by one by id. PostgreSQL caches a generic plan for those
-- statements on each connection, planned with the table's size at that moment; after a vacuum
-- had shrunk the table to a page or two, that plan was a sequential scan, and it stayed in use
-- while up to a minute of dead rows piled up between two autovacuum runs under load: each
-- UPDATE/DELETE ... WHERE id = ? then read 100-200 pages instead of three (docs/PERFORMANCE.md,
-- "Hardening (issue 17)").
--
-- vacuum_truncate = false: a vacuum frees the dead rows' space for new publications but keeps the
-- table's pages, so the planner, which scales the rows it expects by the pages there are, keeps
-- seeing a table where the primary key's index is the cheaper way (on a table of 8 pages or
-- more). The file stays at the size one autovacuum interval of peak load needed (a few MiB).
-- The scale factor 0 with a threshold of 1,000 changes has the table vacuumed at every
-- autovacuum round under load, however few publications are outstanding.
--
-- The table is the registry's own (version 2 of its schema for PostgreSQL, the same statements
-- as the library's, IF NOT EXISTS on both sides): Flyway runs before the registry's schema
-- initialization, so on a new database it is created here first.
CREATE TABLE IF NOT EXISTS event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);

ALTER TABLE event_publication SET (
  vacuum_truncate = false,
  autovacuum_vacuum_scale_factor = 0,
  autovacuum_vacuum_threshold = 1000,
  autovacuum_analyze_scale_factor = 0,
  autovacuum_analyze_threshold = 1000
);
