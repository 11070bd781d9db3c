-- MigrationsHealthTest's one migration, applied in a schema of its own.
create table health_test_table (id integer);
