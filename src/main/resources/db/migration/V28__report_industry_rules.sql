-- reports: the rule table behind the assistance report's Tabell 5-2 (virksomheter by bransje × nivå), held as data so
-- that a rule can be read, checked against the mapping report and changed without a release. Owned by reports.
--
-- Two stages (AssistanceRegistrations applies them):
--   1. each enterprise (the registration's and every listed unit) gets the category of the first rule by priority
--      whose conditions all hold (a null condition holds always) among the rules without when_categories;
--   2. a registration's category is its enterprise's, or «Flere bransjer» when the collaboration's listed units fall in
--      more than one category, or, for a top-level one whose units all share one, that category; then the first
--      rule with when_categories that holds for the registration (its level, its report sector) replaces it.
-- Sources: Oslo Economics' mapping report (domain/arbeidslivssentre-mapping.md §2.3, §5.3; source lines 918-934,
-- 3956-3962, 4278-4294) and the industry programmes' NACE lists (reference/industry-programme-nace.csv).
create table report_industry_rule (
    priority           integer primary key,
    category           text     not null check (category in (
                           'KINDERGARTENS', 'NURSING_HOMES', 'HOSPITALS', 'EDUCATION', 'OFFICES', 'CONSTRUCTION',
                           'MANUFACTURING', 'FOOD_INDUSTRY', 'RETAIL', 'BUS_AND_PASSENGER_TRANSPORT', 'PETROLEUM',
                           'OTHER_MUNICIPAL_CARE', 'MUNICIPALITY_TOP_LEVEL', 'SEVERAL_INDUSTRIES',
                           'OTHER_INDUSTRIES')),
    -- Stage 1 conditions, on the enterprise.
    organisation_form  text,
    industry_programme text,
    -- The NACE code starts with this (e.g. '86.23'), or its two-digit division lies in [division_from, division_to].
    nace_prefix        text,
    division_from      smallint,
    division_to        smallint,
    -- Both stages: the report sector (ReportSector), of the enterprise in stage 1, of the registration in stage 2.
    sector             text     check (sector in ('MUNICIPAL', 'PRIVATE', 'STATE', 'STATE_OWNED', 'SEVERAL')),
    -- Stage 2 conditions, on the registration.
    level              text     check (level in ('UNIT', 'TOP')),
    when_categories    text[],
    source             text     not null,
    check (when_categories is null
           or (organisation_form is null and industry_programme is null and nace_prefix is null
               and division_from is null)),
    check (when_categories is not null or level is null)
);

insert into report_industry_rule (priority, category, organisation_form, industry_programme, nace_prefix,
                                  division_from, division_to, sector, level, when_categories, source)
values
    -- Stage 1: the enterprise.
    (10, 'SEVERAL_INDUSTRIES', 'KOMM', null, null, null, null, null, null, null,
     'A municipality as a whole (its NACE is 84.110, general administration) spans its services: the report''s top-level municipal registrations were «Flere bransjer» or «Andre bransjer» (L4278-4294).'),
    (11, 'SEVERAL_INDUSTRIES', 'FYLK', null, null, null, null, null, null, null,
     'A county authority as a whole spans its services (schools, dental care, transport), as a municipality does.'),
    (20, 'KINDERGARTENS', null, 'BARNEHAGER', null, null, null, null, null, null,
     'The kindergarten programme (NACE 88.911, SN2025 85.100): «Barnehage».'),
    (21, 'KINDERGARTENS', null, null, '88.911', null, null, null, null, null,
     'Kindergartens without a derived programme (SN2007 88.911).'),
    (30, 'NURSING_HOMES', null, 'SYKEHJEM', null, null, null, null, null, null,
     'The nursing-home programme (NACE 87.101, 87.102): «Sykehjem».'),
    (40, 'HOSPITALS', null, 'SYKEHUS', null, null, null, null, null, null,
     'The hospital programme (NACE 86.101-86.107): «Sykehus»; the health trusts were registered here by hand (L918-922).'),
    (50, 'FOOD_INDUSTRY', null, 'NARINGSMIDDELINDUSTRI', null, null, null, null, null, null,
     'The food-industry programme (NACE 10): «Næringsmiddelindustri».'),
    (51, 'FOOD_INDUSTRY', null, null, null, 10, 11, null, null, null,
     'Food and drink manufacturing (NACE 10-11) without the programme.'),
    (60, 'CONSTRUCTION', null, 'BYGG_OG_ANLEGG', null, null, null, null, null, null,
     'The construction programme (NACE 41-42): «Bygg og anlegg».'),
    (61, 'CONSTRUCTION', null, null, null, 41, 43, null, null, null,
     'Building, civil engineering and specialised construction (NACE 41-43).'),
    (70, 'BUS_AND_PASSENGER_TRANSPORT', null, 'TRANSPORT', null, null, null, null, null, null,
     'The scheduled bus and passenger transport programme: «Rutebuss og persontrafikk».'),
    (71, 'BUS_AND_PASSENGER_TRANSPORT', null, null, '49.3', null, null, null, null, null,
     'Other passenger land transport (NACE 49.3: buses, taxis) without the programme.'),
    (80, 'PETROLEUM', null, 'OLJE_OG_GASS_LEVERANDOR', null, null, null, null, null, null,
     'The oil-and-gas supplier programme (assigned by hand): «Petroleumsvirksomhet».'),
    (81, 'PETROLEUM', null, null, '06', null, null, null, null, null,
     'Extraction of crude petroleum and natural gas (NACE 06).'),
    (82, 'PETROLEUM', null, null, '09.1', null, null, null, null, null,
     'Support activities for petroleum and natural gas extraction (NACE 09.1).'),
    (90, 'OTHER_MUNICIPAL_CARE', null, null, null, 87, 88, 'MUNICIPAL', null, null,
     'Municipal care outside nursing homes and kindergartens (NACE 87-88: home services, sheltered housing, residential care): «Annen kommunal pleie og omsorg» (L924-934, L3956-3962).'),
    (91, 'OTHER_MUNICIPAL_CARE', null, null, '86.23', null, null, 'MUNICIPAL', null, null,
     'Public dental health (NACE 86.23) in the municipal sector: part of «Annen kommunal P&O» (L3958-3960).'),
    (100, 'EDUCATION', null, null, '85', null, null, null, null, null,
     'Education (NACE 85): «Undervisning».'),
    (110, 'MANUFACTURING', null, null, null, 12, 33, null, null, null,
     'Manufacturing other than food (NACE 12-33): «Industri».'),
    (120, 'RETAIL', null, null, null, 46, 47, null, null, null,
     'Wholesale and retail trade (NACE 46-47): «Varehandel». The car trade (45) is «Andre bransjer» in the report (L3960-3962).'),
    (130, 'OFFICES', null, null, null, 58, 75, null, null, null,
     'Information, finance, real estate and professional services (NACE 58-75): «Kontorarbeidsplasser».'),
    (131, 'OFFICES', null, null, null, 78, 78, null, null, null,
     'Employment activities (NACE 78): office work.'),
    (132, 'OFFICES', null, null, null, 82, 82, null, null, null,
     'Office administrative and support activities (NACE 82).'),
    (133, 'OFFICES', null, null, null, 84, 84, null, null, null,
     'Public administration (NACE 84) other than a whole municipality or county (rules 10-11): state agencies, NAV.'),
    (1000, 'OTHER_INDUSTRIES', null, null, null, null, null, null, null, null,
     'Everything else, and an enterprise without a NACE code: «Andre bransjer» (hairdressers, the car trade, ...; L3960-3962).'),
    -- Stage 2: the registration.
    (2000, 'MUNICIPALITY_TOP_LEVEL', null, null, null, null, null, 'MUNICIPAL', 'TOP',
     array['SEVERAL_INDUSTRIES', 'OTHER_INDUSTRIES'],
     '«Kommune overordnet»: municipal sector, top level, industry «Flere bransjer» or «Andre bransjer»; a top-level municipal one in one industry (e.g. kindergartens) keeps it (L4278-4294).');
