-- Database-side settings that live outside the application jar.
--
-- The official postgres image runs this file once, when the db service's volume is initialised for the
-- first time (docker-entrypoint-initdb.d), as POSTGRES_USER connected to POSTGRES_DB. Changing it later
-- has no effect on an existing volume.
--
-- The schema is NOT created here: Flyway owns it. The application applies the migrations in
-- src/main/resources/db/migration when it starts, on any PostgreSQL it is pointed at, so the same jar
-- works on this container, on a managed PostgreSQL and on its own embedded server. Keep this file to
-- settings a migration should not (or, without superuser rights, cannot) make, and keep them harmless.

-- Sessions that do not choose a time zone (psql, pg_dump, reporting tools) see timestamps in UTC,
-- as the application stores and reads them.
alter database dialogue set timezone to 'UTC';
