-- The centres' resources per year (issue 15): budget, share of the county budget, staff as headcount and as FTE.
-- Owned by reports: these are figures for reporting, entered by an admin or loaded from the mapping report, not part
-- of a unit's identity or access (security's nav_unit). unit_code is a nav_unit code, checked by the service through
-- security's NavUnits (units are never deleted); no foreign key, so reports needs no key into security's tables.
create table report_unit_resources (
    unit_code           text    not null,
    year                integer not null check (year between 2000 and 2100),
    -- Allocation in million NOK.
    budget_mnok         numeric(9, 3) check (budget_mnok >= 0),
    -- The centre's share of its county's NAV budget, in percent (6.3 = 6.3 %), as the report prints it.
    county_budget_share numeric(5, 2) check (county_budget_share between 0 and 100),
    -- Staff kept apart: the report mixes ansatte (people) and årsverk (full-time equivalents).
    headcount           integer check (headcount >= 0),
    fte                 numeric(8, 2) check (fte >= 0),
    source              text    not null check (source in ('ENTERED', 'REFERENCE')),
    -- For REFERENCE rows: the mapping report's lines the figures come from.
    source_reference    text,
    entered_by          text    not null,
    entered_at          timestamptz not null default now(),
    primary key (unit_code, year)
);

-- The totals a source printed (the mapping report's Tabell 4-1 "Sum" row), kept to check them against the rows.
create table report_resources_printed_total (
    year                integer primary key check (year between 2000 and 2100),
    budget_mnok         numeric(9, 3),
    county_budget_share numeric(5, 2),
    source_reference    text not null
);
