-- IA cases: one per period of work with an enterprise. The event log is the truth; ia_case holds the state derived from
-- it (status, owner, followers, version) so that lists and filters are plain queries.
create table ia_case (
    id             bigint generated always as identity primary key,
    org_number     char(9)     not null, -- the register keeps enterprises for good (deleted ones are marked)
    unit_code      text        not null,
    background     text        not null check (background in ('CENTRE_INITIATIVE', 'ENTERPRISE_REQUEST')),
    status         text        not null,
    owner          text,
    owner_name     text,
    followers      text[]      not null default '{}',
    version        integer     not null,
    created_at     timestamptz not null,
    changed_at     timestamptz not null,
    closed_at      timestamptz,
    reassess_after date
);

-- At most one open case per enterprise, enforced where no race can slip past it.
create unique index ia_case_open_idx on ia_case (org_number)
    where status in ('ASSESSING', 'CONTACTING', 'MAPPING', 'ASSISTING');
create index ia_case_org_idx on ia_case (org_number, created_at desc);
create index ia_case_owner_idx on ia_case (owner) where owner is not null;
create index ia_case_untouched_idx on ia_case (changed_at) where status = 'ASSESSING' and owner is null;

create table case_event (
    case_id        bigint      not null references ia_case,
    version        integer     not null,
    type           text        not null,
    status         text        not null, -- the case's status after the event
    actor          text        not null,
    actor_name     text        not null,
    actor_role     text        not null,
    actor_unit     text,
    occurred_at    timestamptz not null,
    reason         text,
    justifications text[]      not null default '{}',
    reassess_after date,
    primary key (case_id, version)
);

create function case_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case_event is append-only';
end $$;

create trigger case_event_append_only before update or delete on case_event
    for each row execute function case_event_append_only();

-- The catalogue of IA services a plan is made of: themes and their sub-themes.
create table ia_service (
    code        text    primary key,
    theme_code  text    references ia_service,
    name        text    not null,
    sort_order  integer not null,
    active      boolean not null default true
);

insert into ia_service (code, theme_code, name, sort_order) values
    ('PARTY_COOPERATION', null, 'Partssamarbeid', 10),
    ('PARTY_COOPERATION_ROLES', 'PARTY_COOPERATION', 'Roller og ansvar i partssamarbeidet', 11),
    ('PARTY_COOPERATION_ARENAS', 'PARTY_COOPERATION', 'Arenaer og møteplasser for partene', 12),
    ('SICK_LEAVE_WORK', null, 'Sykefraværsarbeid', 20),
    ('SICK_LEAVE_ROUTINES', 'SICK_LEAVE_WORK', 'Sykefraværsrutiner', 21),
    ('SICK_LEAVE_FOLLOW_UP_CONVERSATIONS', 'SICK_LEAVE_WORK', 'Oppfølgingssamtaler', 22),
    ('SICK_LEAVE_ADAPTATION_DUTY', 'SICK_LEAVE_WORK', 'Tilretteleggings- og medvirkningsplikt', 23),
    ('SICK_LEAVE_LONG_OR_FREQUENT', 'SICK_LEAVE_WORK', 'Langvarig og hyppig fravær', 24),
    ('WORK_ENVIRONMENT', null, 'Arbeidsmiljø', 30),
    ('WORK_ENVIRONMENT_DEVELOPMENT', 'WORK_ENVIRONMENT', 'Utvikle arbeidsmiljøet', 31),
    ('WORK_ENVIRONMENT_CHANGE', 'WORK_ENVIRONMENT', 'Endring og omstilling', 32),
    ('WORK_ENVIRONMENT_SURVEY_FOLLOW_UP', 'WORK_ENVIRONMENT', 'Oppfølging av arbeidsmiljøundersøkelser', 33),
    ('WORK_ENVIRONMENT_LIFE_PHASE', 'WORK_ENVIRONMENT', 'Livsfasepolitikk', 34),
    ('WORK_ENVIRONMENT_MENTAL_HEALTH', 'WORK_ENVIRONMENT', 'Psykisk helse', 35),
    ('HELSE_I_ARBEID', 'WORK_ENVIRONMENT', 'HelseIArbeid-moduler', 36);

-- A time-limited collaboration within a case, for the whole enterprise (TOP) or one unit.
create table collaboration (
    id                bigint generated always as identity primary key,
    case_id           bigint      not null references ia_case,
    name              text        not null,
    level             text        not null check (level in ('TOP', 'UNIT')),
    unit_org_numbers  text[]      not null default '{}',
    initiated_by      text        not null check (initiated_by in ('CENTRE', 'ENTERPRISE')),
    service_areas     text[]      not null,
    start_date        date        not null,
    planned_end_date  date        not null check (planned_end_date >= start_date),
    exit_criterion    text,
    assistance_form   text        check (assistance_form in ('PROCESS', 'KNOWLEDGE_TRANSFER')),
    goals             text,
    status            text        not null default 'ACTIVE' check (status in ('ACTIVE', 'COMPLETED', 'CANCELLED')),
    ended_at          timestamptz,
    created_by        text        not null,
    created_at        timestamptz not null
);

create index collaboration_case_idx on collaboration (case_id);

create table collaboration_milestone (
    collaboration_id bigint  not null references collaboration,
    kind             text    not null,
    date             date,
    not_relevant     boolean not null default false,
    primary key (collaboration_id, kind),
    check (date is null or not not_relevant)
);

create table plan_item (
    collaboration_id bigint not null references collaboration,
    service_code     text   not null references ia_service,
    included         boolean not null,
    start_date       date,
    end_date         date,
    status           text   not null default 'PLANNED' check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    primary key (collaboration_id, service_code),
    check (end_date is null or start_date is null or end_date >= start_date)
);

-- The contact log: meetings, calls and gatherings with the enterprise, planned or held.
create table activity (
    id                bigint generated always as identity primary key,
    case_id           bigint      not null references ia_case,
    collaboration_id  bigint      references collaboration,
    starts_at         timestamptz not null,
    channel           text        not null,
    service_area      text,
    participant_roles text[]      not null default '{}',
    unit_count        integer     check (unit_count > 0),
    status            text        not null check (status in ('PLANNED', 'DONE', 'CANCELLED')),
    note              text,
    owner             text        not null,
    owner_name        text        not null,
    created_at        timestamptz not null
);

create index activity_case_idx on activity (case_id, starts_at desc);
create index activity_planned_idx on activity (owner, starts_at) where status = 'PLANNED';

-- The cases' read model for other modules (prioritisation): per enterprise that has had a case, its open case if any,
-- the latest change of any of its cases, and the last contact actually held. Grouped by org_number, so a left join to
-- it never multiplies rows and is dropped by the planner when none of its columns is used.
create view case_enterprise as
select c.org_number,
       max(c.id) filter (where c.status in ('ASSESSING', 'CONTACTING', 'MAPPING', 'ASSISTING')) as case_id,
       max(c.status) filter (where c.status in ('ASSESSING', 'CONTACTING', 'MAPPING', 'ASSISTING')) as status,
       max(c.owner) filter (where c.status in ('ASSESSING', 'CONTACTING', 'MAPPING', 'ASSISTING')) as owner,
       max(c.owner_name) filter (where c.status in ('ASSESSING', 'CONTACTING', 'MAPPING', 'ASSISTING')) as owner_name,
       max(c.changed_at) as last_change,
       max(a.starts_at) filter (where a.status = 'DONE') as last_contact
from ia_case c
left join activity a on a.case_id = c.id
group by c.org_number;
