-- Quarterly sick-leave statistics from NAV's data warehouse, the quarters' publication, and the snapshot that
-- prioritisation reads. Amounts are workdays with six decimals, as NAV delivers them.

-- Each imported quarter. It becomes visible when published: at NAV's publication date or by an admin.
create table sick_leave_quarter (
    year            smallint    not null,
    quarter         smallint    not null check (quarter between 1 and 4),
    imported_at     timestamptz not null,
    import_run_id   bigint,     -- the import_run that brought it
    enterprise_rows integer     not null default 0,
    published_at    timestamptz,
    published_by    text,
    primary key (year, quarter)
);

-- NAV's publication calendar (publiseringsdato.json), also for quarters not imported yet.
create table sick_leave_publication_date (
    year           smallint    not null,
    quarter        smallint    not null check (quarter between 1 and 4),
    public_at      timestamptz not null,
    updated_in_dvh timestamptz,
    primary key (year, quarter)
);

-- One row per enterprise (sub-unit) and quarter. Partitioned by quarter (period = year * 10 + quarter), so that
-- re-importing a quarter swaps in a complete new partition in one transaction.
create table sick_leave_enterprise (
    period      integer       not null,
    org_number  char(9)       not null,
    persons     integer       not null check (persons >= 0),
    lost        numeric(17,6) not null check (lost >= 0),
    possible    numeric(17,6) not null check (possible >= 0),
    graded_lost numeric(17,6),
    lost_a      numeric(17,6),
    lost_b      numeric(17,6),
    lost_c      numeric(17,6),
    lost_d      numeric(17,6),
    lost_e      numeric(17,6),
    lost_f      numeric(17,6),
    sector      text,
    industry    text,
    nace_code   text,
    rectype     text,
    primary key (org_number, period)
) partition by list (period);

-- Country, sector, industry (2-digit), NACE code (5-digit) and industry programme figures per quarter. "computed"
-- rows were summed from the enterprise rows because the quarter had no file for that category.
create table sick_leave_category (
    year        smallint      not null,
    quarter     smallint      not null check (quarter between 1 and 4),
    category    text          not null check (category in ('COUNTRY', 'SECTOR', 'INDUSTRY', 'NACE_CODE', 'INDUSTRY_PROGRAMME')),
    code        text          not null,
    persons     integer       not null,
    lost        numeric(17,6) not null,
    possible    numeric(17,6) not null,
    graded_lost numeric(17,6),
    lost_a      numeric(17,6),
    lost_b      numeric(17,6),
    lost_c      numeric(17,6),
    lost_d      numeric(17,6),
    lost_e      numeric(17,6),
    lost_f      numeric(17,6),
    computed    boolean       not null,
    primary key (year, quarter, category, code)
);

-- Per enterprise, the figures of the published quarter that prioritisation filters and sorts on. Rebuilt in one
-- set-based pass at every publication, in one transaction: readers see the previous snapshot until it commits.
-- Masked figures are null here, never just hidden later.
create table sick_leave_snapshot (
    org_number        char(9)       primary key,
    year              smallint      not null,
    quarter           smallint      not null,
    quarters          smallint      not null, -- how many of the last four quarters had figures
    persons           integer,                -- in the published quarter; null when masked or absent
    lost              numeric(17,6),          -- the last four quarters; null when masked
    possible          numeric(17,6),
    percent           numeric(9,6),
    masked            boolean       not null,
    trend             numeric(9,6),           -- percentage points against the same quarter a year before
    benchmark_kind    text,                   -- INDUSTRY_PROGRAMME or INDUSTRY
    benchmark_code    text,
    benchmark_percent numeric(9,6),
    potential         numeric(17,6)           -- lost workdays above the benchmark level
);
