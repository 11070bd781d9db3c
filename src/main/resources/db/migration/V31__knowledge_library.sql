-- The knowledge library: measures, IA services, instruments, evidence and risk factors as data. Shipped content
-- (src/main/resources/knowledge/content/*.json) is loaded by the repeatable Java migration KnowledgeContentMigration;
-- after that the database is the truth, and an item an admin edited is never overwritten by a shipped version.
create extension if not exists pg_trgm;

-- Spelling variants that the Norwegian stemmer does not join ("sykemeldt" and "sykmeldt" are both in use); applied to
-- the indexed text and to every query, so either spelling finds the other. Immutable: a generated column needs it.
create function knowledge_normalise(words text) returns text
    language sql immutable parallel safe
    return regexp_replace(regexp_replace(lower(coalesce(words, '')), 'sykemeld', 'sykmeld', 'g'),
                          'friskemeld', 'friskmeld', 'g');

-- array_to_string is only stable (it calls the elements' output functions); for text[] it is immutable in fact.
create function knowledge_words(words text[]) returns text
    language sql immutable parallel safe
    return coalesce(array_to_string(words, ' '), '');

create table knowledge_item (
    id                  text        primary key,          -- "<TYPE>-<key>", e.g. MEASURE-M1
    type                text        not null check (type in ('MEASURE', 'IA_SERVICE', 'INSTRUMENT', 'EVIDENCE', 'RISK_FACTOR')),
    key                 text        not null,
    title               text        not null,
    summary             text        not null,
    body                text        not null default '',
    scope               text        check (scope in ('ORGANISATION', 'GROUP', 'INDIVIDUAL')),
    industry_programmes text[]      not null default '{}',
    industry            text,
    target_group        text,
    themes              text[]      not null default '{}',
    source_kind         text        not null check (source_kind in
                            ('PRACTICE_EXAMPLE', 'STUDY', 'REVIEW', 'PROJECT', 'REPORT', 'REGULATION', 'PRODUCT_SHEET')),
    evidence            text        check (evidence in ('STRONG', 'MODERATE', 'LIMITED', 'INCONCLUSIVE', 'NONE')),
    source_file         text        not null,
    source_lines        text        not null,
    related             text[]      not null default '{}',
    attributes          jsonb       not null default '{}',
    shipped_in          text        not null,             -- the content file it came from; a reload of that file owns it
    content_hash        text        not null,             -- of the shipped JSON last loaded into this row
    edited_by_admin     boolean     not null default false,
    revised_on          date,
    loaded_at           timestamptz not null default now(),
    -- The words a misspelt query is compared with (trigram word similarity), normalised once when written.
    near_text           text generated always as (knowledge_normalise(title || ' ' || summary)) stored,
    search              tsvector generated always as (
        setweight(to_tsvector('norwegian', knowledge_normalise(title)), 'A')
        || setweight(to_tsvector('norwegian', knowledge_normalise(summary || ' ' || knowledge_words(themes))), 'B')
        || setweight(to_tsvector('norwegian', knowledge_normalise(body)), 'C')) stored,
    unique (type, key)
);

create index knowledge_item_search on knowledge_item using gin (search);
create index knowledge_item_near_text_trgm on knowledge_item using gin (near_text gin_trgm_ops);

-- A shipped version that changed an item an admin has edited: kept for the admin to resolve, never applied.
create table knowledge_content_conflict (
    item_id      text        not null references knowledge_item on delete cascade,
    shipped_hash text        not null,
    shipped_json jsonb       not null,
    detected_at  timestamptz not null default now(),
    primary key (item_id, shipped_hash)
);
