-- Accommodations are edited by ward staff (page and API): the version guards against two
-- people saving over each other.
ALTER TABLE accommodation ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
