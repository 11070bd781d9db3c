-- NAV units (the working-life centres), users and the audit log.

create table nav_unit (
    code text primary key,
    name text not null
);

create table nav_unit_county (
    unit_code     text    not null references nav_unit on delete cascade,
    county_number char(2) not null references county,
    primary key (unit_code, county_number)
);

create table app_user (
    username      text primary key,
    password_hash text not null,
    display_name  text not null,
    role          text not null check (role in ('READER', 'CASEWORKER', 'SUPERUSER', 'ADMIN')),
    unit_code     text not null references nav_unit,
    enabled       boolean not null default true
);

-- Every read of enterprise data by a person. Append-only.
create table audit_event (
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz not null default now(),
    username      text        not null,
    unit_code     text,
    action        text        not null,
    resource_type text        not null,
    resource_id   text,
    channel       text        not null check (channel in ('PAGE', 'API')),
    path          text        not null
);

create index audit_event_resource_idx on audit_event (resource_type, resource_id, occurred_at);
create index audit_event_user_idx on audit_event (username, occurred_at);
