-- Documents an adviser publishes to the enterprise: a frozen snapshot of the plan or of a survey's results, as data
-- (jsonb) and as the PDF the employer downloads. Versioned per collaboration and type; never changed once written.
-- No foreign keys to the case's tables: a published document is a record of what was sent and outlives anything done
-- to its source, and cases' tables stay free to be truncated by their own tests.
create table employer_document (
    id                 bigint generated always as identity primary key,
    case_id            bigint not null,
    collaboration_id   bigint not null,
    -- the legal unit the employer represents (the case's enterprise, or its legal unit when that is a sub-unit)
    org_number         varchar(9) not null,
    enterprise_org_number varchar(9) not null,
    type               varchar(20) not null check (type in ('PLAN', 'NEEDS_ASSESSMENT', 'EVALUATION')),
    survey_id          bigint,
    version            int not null check (version > 0),
    data               jsonb not null,
    pdf                bytea not null,
    published_by       varchar(100) not null,
    published_by_name  varchar(200) not null,
    published_at       timestamptz not null,
    unique (collaboration_id, type, version),
    check ((type = 'PLAN') = (survey_id is null))
);

create index employer_document_org_number on employer_document (org_number, published_at desc);

-- Each time an employer opens (downloads) a document: the adviser sees whether and when it was read.
create table employer_document_opened (
    document_id  bigint not null references employer_document (id),
    opened_by    varchar(200) not null,
    opened_at    timestamptz not null
);

create index employer_document_opened_document on employer_document_opened (document_id, opened_at);

create function employer_document_immutable() returns trigger language plpgsql as $$
begin
    raise exception '% is immutable once published', tg_table_name;
end $$;

create trigger employer_document_immutable before update or delete on employer_document
    for each row execute function employer_document_immutable();

create trigger employer_document_opened_append_only before update or delete on employer_document_opened
    for each row execute function employer_document_immutable();
