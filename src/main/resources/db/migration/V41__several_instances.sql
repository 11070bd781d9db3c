-- Sessions in PostgreSQL (Spring Session JDBC), so a login made on one instance works on every other: Spring Session's
-- own PostgreSQL schema, created here rather than by spring.session.jdbc.initialize-schema (never). Owned by security.
-- A row per HTTP session; the expired ones are deleted by Spring Session's cleanup (spring.session.jdbc.cleanup-cron).
create table spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

-- The session's attributes (the security context, the CSRF token, a saved request), Java-serialised.
create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Scheduled jobs that must run on one instance only (shared.SingleRun): when each last ran, and where. The instance
-- that holds the job's advisory lock writes it; another that comes for the same firing sees it and skips.
create table shared_job_run (
    job text primary key,
    last_run_at timestamptz not null,
    last_run_by text not null,
    runs bigint not null default 1
);
