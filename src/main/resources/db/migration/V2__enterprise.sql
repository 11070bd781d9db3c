-- The enterprise register: legal units, organisation units (ORGL) and sub-units (BEDR, AAFY) from Brønnøysund.

create table enterprise (
    org_number                   char(9)  primary key,
    name                         text     not null,
    -- The name in lower case (lowered in Java, so it does not depend on the database's locale), for prefix search.
    name_search                  text     not null,
    organisation_form            text     not null,
    organisation_form_name       text,
    sub_unit                     boolean  not null,
    -- overordnetEnhet: the legal unit of a sub-unit, or the parent of an organisation unit. No foreign key:
    -- a sub-unit may be imported before its legal unit.
    parent_org_number            char(9),
    nace_code                    text,
    nace_code_2                  text,
    nace_code_3                  text,
    industry                     char(2),
    derived_programme            text references industry_programme,
    -- Set by a person, e.g. the oil and gas supplier programme, which has no NACE mapping. Wins over the derived one.
    assigned_programme           text references industry_programme,
    institutional_sector_code    char(4),
    institutional_sector_name    text,
    -- The statistics sector: the unit's own for legal units, its legal unit's for sub-units.
    sector                       smallint references sector,
    employees                    integer,
    has_registered_employees     boolean  not null default false,
    registered_on                date,
    started_on                   date,
    address                      text,
    postal_code                  text,
    postal_place                 text,
    country_code                 text,
    -- Today's municipality; the number as reported is kept beside it.
    municipality_number          char(4) references municipality,
    reported_municipality_number text,
    reported_municipality_name   text,
    bankrupt                     boolean  not null default false,
    under_liquidation            boolean  not null default false,
    under_forced_liquidation     boolean  not null default false,
    deleted_on                   date,
    first_imported_at            timestamptz not null default now(),
    changed_at                   timestamptz not null default now()
);

create index enterprise_parent_idx on enterprise (parent_org_number) where parent_org_number is not null;
create index enterprise_municipality_idx on enterprise (municipality_number);
create index enterprise_industry_idx on enterprise (industry);
create index enterprise_name_trgm_idx on enterprise using gin (name gin_trgm_ops);
create index enterprise_name_prefix_idx on enterprise (name_search text_pattern_ops);
