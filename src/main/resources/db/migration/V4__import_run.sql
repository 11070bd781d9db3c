-- Every import a person or the bootstrap started, with its progress while it runs and its report when done.

create table import_run (
    id           bigint generated always as identity primary key,
    kind         text        not null,
    source       text        not null,
    started_by   text        not null,
    started_at   timestamptz not null default now(),
    finished_at  timestamptz,
    status       text        not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    records_read bigint      not null default 0,
    summary      text,
    report       jsonb
);

create index import_run_started_idx on import_run (kind, started_at desc);
