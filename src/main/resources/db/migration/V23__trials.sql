-- Randomised trials of forms of assistance (module trials). Nothing about a started trial is ever edited: the design
-- rows are frozen once the trial leaves DRAFT, and the frozen list, the sealed sequence and the allocations are
-- append-only (triggers below). The sealed sequence (trial_sealed, trial_slot) is read by the service only to hand a
-- single enrolment its arm, and in whole only after CLOSED.
create table trial (
    id                bigint generated always as identity primary key,
    name              text        not null,
    question          text        not null,
    design            text        not null check (design in ('BEFORE_CONTACT', 'AMONG_WILLING')),
    rule_set_id       bigint,
    filters           jsonb       not null,
    strata            text[]      not null,
    status            text        not null check (status in ('DRAFT', 'RUNNING', 'CLOSED')),
    created_by        text        not null,
    created_at        timestamptz not null,
    started_by        text,
    started_at        timestamptz,
    baseline_quarters text[],
    allocation_digest text,
    closed_by         text,
    closed_at         timestamptz
);

create table trial_arm (
    trial_id          bigint  not null references trial,
    position          integer not null,
    code              text    not null,
    name              text    not null,
    planned_months    integer not null,
    participation     text    not null check (participation in ('LEADERS_ONLY', 'PARTY_GROUP', 'ALL_STAFF')),
    digital_only      boolean not null,
    max_adviser_hours numeric(7, 1) not null,
    description       text    not null,
    ratio             integer not null check (ratio between 1 and 10),
    primary key (trial_id, position),
    unique (trial_id, code)
);

-- The frozen list: every eligible workplace at start, its legal unit and its baseline (masked quarters left out).
create table trial_eligible (
    trial_id          bigint  not null references trial,
    org_number        char(9) not null,
    legal_unit        char(9) not null,
    county_number     text,
    industry_programme text,
    employees         integer,
    baseline_lost     numeric(18, 6),
    baseline_possible numeric(18, 6),
    baseline_quarters integer not null,
    primary key (trial_id, org_number)
);
create index trial_eligible_legal_unit on trial_eligible (trial_id, legal_unit);

-- The unit of randomisation and the stratum it was placed in at start.
create table trial_unit (
    trial_id   bigint  not null references trial,
    legal_unit char(9) not null,
    stratum    text    not null,
    primary key (trial_id, legal_unit)
);

create table trial_stratum (
    trial_id bigint  not null references trial,
    code     text    not null,
    units    integer not null,
    primary key (trial_id, code)
);

-- Sealed: the secret, the nonce and the canonical sequence; the digest of nonce ‖ sequence is on trial.
create table trial_sealed (
    trial_id bigint primary key references trial,
    secret   bytea not null,
    nonce    bytea not null,
    sequence text  not null
);

-- Sealed: the allocation sequence, one slot per position within a stratum (from 1).
create table trial_slot (
    trial_id bigint  not null,
    stratum  text    not null,
    position integer not null,
    arm_code text    not null,
    primary key (trial_id, stratum, position),
    foreign key (trial_id, stratum) references trial_stratum
);

-- An allocation: a legal unit took the next slot of its stratum (at enrolment, or at start for BEFORE_CONTACT).
create table trial_allocation (
    trial_id     bigint      not null,
    legal_unit   char(9)     not null,
    org_number   char(9)     not null, -- the workplace that was enrolled (the legal unit itself at start)
    stratum      text        not null,
    position     integer     not null,
    arm_code     text        not null,
    case_id      bigint,
    allocated_by text        not null,
    allocated_at timestamptz not null,
    primary key (trial_id, legal_unit),
    unique (trial_id, stratum, position),
    foreign key (trial_id, legal_unit) references trial_unit,
    foreign key (trial_id, stratum, position) references trial_slot
);

create function trial_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'a trial''s % is never changed after the fact (% refused)', tg_table_name, tg_op;
end
$$;

create trigger trial_eligible_append_only before update or delete on trial_eligible
    for each row execute function trial_refuse_change();
create trigger trial_unit_append_only before update or delete on trial_unit
    for each row execute function trial_refuse_change();
create trigger trial_stratum_append_only before update or delete on trial_stratum
    for each row execute function trial_refuse_change();
create trigger trial_sealed_append_only before update or delete on trial_sealed
    for each row execute function trial_refuse_change();
create trigger trial_slot_append_only before update or delete on trial_slot
    for each row execute function trial_refuse_change();
create trigger trial_allocation_append_only before update or delete on trial_allocation
    for each row execute function trial_refuse_change();

-- A trial's design is frozen once it leaves DRAFT: afterwards only DRAFT → RUNNING (with its start fields) and
-- RUNNING → CLOSED (with its close fields) change the row; arms change only in DRAFT; a started trial is never deleted.
create function trial_frozen() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status <> 'DRAFT' then
            raise exception 'a started trial is never deleted';
        end if;
        return old;
    end if;
    if old.status = 'DRAFT' then
        return new;
    end if;
    if old.status = 'RUNNING' and new.status = 'CLOSED'
       and (new.name, new.question, new.design, new.rule_set_id, new.filters, new.strata, new.created_by,
            new.created_at, new.started_by, new.started_at, new.baseline_quarters, new.allocation_digest)
           is not distinct from
           (old.name, old.question, old.design, old.rule_set_id, old.filters, old.strata, old.created_by,
            old.created_at, old.started_by, old.started_at, old.baseline_quarters, old.allocation_digest) then
        return new;
    end if;
    raise exception 'trial % is % and is not edited', old.id, old.status;
end
$$;
create trigger trial_frozen before update or delete on trial
    for each row execute function trial_frozen();

create function trial_arm_frozen() returns trigger language plpgsql as $$
begin
    if (select status from trial where id = coalesce(new.trial_id, old.trial_id)) <> 'DRAFT' then
        raise exception 'the arms of a started trial are never changed';
    end if;
    return coalesce(new, old);
end
$$;
create trigger trial_arm_frozen before insert or update or delete on trial_arm
    for each row execute function trial_arm_frozen();
