-- On H2 the table stays a plain table: month partitions are PostgreSQL's (see the postgresql folder).
SELECT 1;
