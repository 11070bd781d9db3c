-- Reference data: geography, industry classification, industry programmes and sectors.
-- The rows are loaded from the files under classpath:reference/ at start (ReferenceDataLoader), so a new
-- release of those files reaches every installation without a migration.

create extension if not exists pg_trgm;

create table county (
    number char(2) primary key,
    name   text not null
);

create table municipality (
    number         char(4) primary key,
    name           text    not null, -- official name, Sami where that is the official one
    name_norwegian text    not null,
    county_number  char(2) not null references county
);

-- Municipality numbers that went out of use in the 2020 and 2024 reforms, and the number that replaced each.
create table municipality_change (
    old_number char(4) primary key,
    old_name   text    not null,
    new_number char(4) not null references municipality,
    changed_on date    not null
);

-- Which of today's counties took over a former county; lets an unknown old number be matched by name.
create table county_succession (
    old_number char(2) not null,
    old_name   text    not null,
    new_number char(2) not null references county,
    primary key (old_number, new_number)
);

create table nace_code (
    standard   text     not null check (standard in ('SN2007', 'SN2025')),
    code       text     not null,
    level      smallint not null check (level between 1 and 5),
    name       text     not null,
    short_name text,
    primary key (standard, code)
);

create table sector (
    code smallint primary key check (code in (1, 2, 3)),
    name text not null
);

-- Brønnøysund's institutional sector code (SSB's sector standard) and the sick-leave statistics sector it counts in,
-- as NAV maps them. The name is optional: the register files carry their own description of the code.
create table institutional_sector (
    code   char(4)  primary key,
    name   text,
    sector smallint not null references sector
);

create table industry_programme (
    code       text     primary key,
    name       text     not null,
    sort_order smallint not null
);

-- A programme covers either a whole 2-digit industry ('10') or single 5-digit codes ('88.911').
create table industry_programme_nace (
    programme_code text not null references industry_programme,
    nace_code      text not null check (nace_code ~ '^\d{2}(\.\d{3})?$'),
    standard       text not null check (standard in ('SN2007', 'SN2025', 'BOTH')),
    primary key (programme_code, nace_code)
);
