-- On H2 nothing: the storage parameters that keep the event publication registry's plans on its
-- index are PostgreSQL's (see the postgresql folder).
SELECT 1;
