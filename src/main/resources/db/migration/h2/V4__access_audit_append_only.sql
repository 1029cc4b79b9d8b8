-- H2 has no procedural triggers in SQL: the application never updates or deletes audit events,
-- and an architecture test checks that no code does. PostgreSQL enforces it with a trigger.
SELECT 1;
