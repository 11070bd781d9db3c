-- Editing the knowledge library: a revision counter per item (the version an edit is based on, so a stale edit is
-- refused), the history of every change, and the admin's decision on a shipped version that conflicted with an edit.

-- Raised by every write of an item (an admin's edit, a shipped update), so an edit based on an older one is refused.
alter table knowledge_item add column revision integer not null default 0;

-- One saved change of an item: who, when, and only the fields that changed, as [{field, before, after}] with JSON
-- values. A save that changes nothing writes no row.
create table knowledge_revision (
    id              bigint      generated always as identity primary key,
    item_id         text        not null references knowledge_item on delete cascade,
    revision        integer     not null,              -- the item's revision this change produced
    revised_at      timestamptz not null default now(),
    revised_by      text        not null,              -- username
    revised_by_name text        not null,              -- the name shown, as it was when the change was made
    kind            text        not null check (kind in ('EDIT', 'SHIPPED_VERSION')),
    changes         jsonb       not null check (jsonb_typeof(changes) = 'array' and jsonb_array_length(changes) > 0),
    unique (item_id, revision)
);

create index knowledge_revision_item on knowledge_revision (item_id, revised_at desc);

-- A conflict stays as a row once decided, so the same shipped version (its hash) never comes back as a conflict.
alter table knowledge_content_conflict
    add column resolved_at timestamptz,
    add column resolved_by text,
    add column resolution  text check (resolution in ('ADMIN', 'SHIPPED')),
    add constraint knowledge_conflict_resolved check ((resolved_at is null) = (resolution is null));

create index knowledge_item_revised_on on knowledge_item (revised_on);
