-- Prioritisation's read model: one row per workplace with everything the call lists filter and sort on, from the
-- register's read model and the statistics snapshot. Rebuilt (in one transaction) when a quarter is published or the
-- register changes, so lists are always as fresh as their sources, and a list is one indexed query on one table.
create table priority_candidate (
    org_number          char(9)       primary key,
    name                text          not null,
    municipality_number char(4),
    municipality_name   text,
    county_number       char(2),
    industry            text,
    nace_code           text,
    industry_programme  text,
    sector              smallint,
    employees           integer,       -- persons in the published quarter, else the register's employees
    has_statistics      boolean       not null,
    masked              boolean       not null,
    lost                numeric(17,6), -- the last four quarters; null when masked
    possible            numeric(17,6),
    percent             numeric(9,6),
    trend               numeric(9,6),
    benchmark_percent   numeric(9,6),
    potential           numeric(17,6)
);

create index priority_candidate_lost_idx on priority_candidate (lost desc nulls last, org_number);
create index priority_candidate_potential_idx on priority_candidate (potential desc nulls last, org_number);
create index priority_candidate_percent_idx on priority_candidate (percent desc nulls last, org_number);
create index priority_candidate_employees_idx on priority_candidate (employees desc nulls last, org_number);
create index priority_candidate_name_idx on priority_candidate (name, org_number);
create index priority_candidate_county_idx on priority_candidate (county_number, lost desc nulls last);
create index priority_candidate_municipality_idx on priority_candidate (municipality_number);
create index priority_candidate_industry_idx on priority_candidate (industry);
create index priority_candidate_nace_idx on priority_candidate (nace_code);
create index priority_candidate_programme_idx on priority_candidate (industry_programme, lost desc nulls last);

-- Named rule sets: an OR of AND-groups of conditions. Presets (no unit) are for everyone; the others belong to the
-- unit of the adviser who saved them and are shared within it.
create table rule_set (
    id          bigint generated always as identity primary key,
    name        text        not null,
    unit_code   text,
    preset      boolean     not null default false,
    definition  jsonb       not null,
    created_by  text        not null,
    created_at  timestamptz not null default now()
);

create unique index rule_set_name_idx on rule_set (coalesce(unit_code, ''), name);

-- The centres' own rules, as the mapping of the working-life centres writes them down (§3.2).
insert into rule_set (name, preset, created_by, definition) values
    ('Minst 50 ansatte og minst 8 %', true, 'iaverk', '{"groups": [[
        {"field": "EMPLOYEES", "operator": "AT_LEAST", "value": 50},
        {"field": "PERCENT", "operator": "AT_LEAST", "value": 8}]]}'),
    ('Minst 12 % og over 20 ansatte, eller minst 500 tapte dagsverk', true, 'iaverk', '{"groups": [[
        {"field": "PERCENT", "operator": "AT_LEAST", "value": 12},
        {"field": "EMPLOYEES", "operator": "GREATER_THAN", "value": 20}], [
        {"field": "LOST_WORKDAYS", "operator": "AT_LEAST", "value": 500}]]}'),
    ('Over 40 ansatte', true, 'iaverk', '{"groups": [[
        {"field": "EMPLOYEES", "operator": "GREATER_THAN", "value": 40}]]}'),
    ('Økende sykefravær', true, 'iaverk', '{"groups": [[
        {"field": "TREND", "operator": "GREATER_THAN", "value": 0}]]}');
