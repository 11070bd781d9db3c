-- The enterprise's own goals (issue 17): per legal unit or sub-unit, a target percent for one metric in one year, with
-- the tolerance within which the goal is «nearly met». A removed goal keeps its row (removed_at/by) and its history,
-- so what the enterprise once aimed at and how it went stays on record; lists show only the goals not removed.
create table employer_goal (
    id               bigint generated always as identity primary key,
    -- the legal unit or sub-unit the goal is for
    org_number       varchar(9) not null,
    description      varchar(200) not null,
    metric           varchar(30) not null
        check (metric in ('SICK_LEAVE_PERCENT', 'SHORT_TERM_PERCENT', 'LONG_TERM_PERCENT')),
    target           numeric(5, 2) not null check (target between 0 and 100),
    tolerance        numeric(4, 2) not null check (tolerance between 0 and 10),
    year             int not null,
    created_by       varchar(200) not null,
    created_at       timestamptz not null,
    removed_by       varchar(200),
    removed_at       timestamptz,
    check ((removed_at is null) = (removed_by is null))
);

create index employer_goal_org_number on employer_goal (org_number) where removed_at is null;
create index employer_goal_year on employer_goal (year) where removed_at is null;

-- A goal's status as of each published quarter of its year: the year-to-date value then (null when not measurable,
-- never a masked figure) and GREEN/YELLOW/RED/NONE. One row per (goal, quarter): publishing a quarter again overwrites
-- it, so re-publication is idempotent.
create table employer_goal_status (
    goal_id           bigint not null references employer_goal (id),
    year              int not null,
    quarter           int not null check (quarter between 1 and 4),
    value             numeric(12, 6),
    status            varchar(10) not null check (status in ('GREEN', 'YELLOW', 'RED', 'NONE')),
    reason            varchar(20),
    masked_sub_units  int not null default 0,
    evaluated_at      timestamptz not null,
    primary key (goal_id, year, quarter),
    check ((status = 'NONE') = (value is null))
);
