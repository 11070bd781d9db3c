-- Published read contracts: what a module lets other modules read in SQL. A module's tables are its own; another
-- module reads only these views (and the tables listed as published in docs/architecture.md, where a foreign key must
-- point at a table). ModuleContractsTest fails when a module's SQL names another module's table that is not published.
-- The views are plain projections, so the planner inlines them: reading through them costs nothing.

-- reference: the reference tables register, security and statistics read. Foreign keys still point at the tables
-- (county, municipality, sector, industry_programme): a foreign key cannot point at a view.
create view reference_county as
select number, name from county;

create view reference_municipality as
select number, name, name_norwegian, county_number from municipality;

create view reference_nace_code as
select standard, code, level, name, short_name from nace_code;

create view reference_sector as
select code, name from sector;

create view reference_institutional_sector as
select code, name, sector from institutional_sector;

create view reference_industry_programme as
select code, name, sort_order from industry_programme;

create view reference_industry_programme_nace as
select programme_code, nace_code, standard from industry_programme_nace;

-- register: the enterprise view gains Brønnøysund's institutional sector code (reports need the state-owned companies,
-- 6100 and its neighbours, which the statistics sector alone does not tell apart) and reads the municipality through
-- reference's view. New columns go last, as create or replace view requires.
create or replace view register_enterprise as
select e.org_number,
       e.name,
       e.sub_unit,
       e.parent_org_number,
       e.nace_code,
       e.industry,
       coalesce(e.assigned_programme, e.derived_programme) as industry_programme,
       e.sector,
       e.municipality_number,
       m.name_norwegian as municipality_name,
       m.county_number,
       e.employees,
       e.deleted_on is not null as deleted,
       e.institutional_sector_code
from enterprise e
left join reference_municipality m on m.number = e.municipality_number;

-- Redefined so that r.* takes in the new column.
create or replace view register_workplace as
select r.*
from register_enterprise r
where not r.deleted
  and (r.sub_unit or not exists (select 1 from enterprise c where c.parent_org_number = r.org_number));

-- statistics: the per-enterprise quarterly history of published quarters only. A row of fewer than five persons
-- (SickLeave.MIN_PERSONS) is masked: its persons, lost and possible workdays are null, as in sick_leave_snapshot.
-- A quarter that is imported but not yet published is not here.
create view statistics_enterprise_quarter as
select e.org_number,
       q.year,
       q.quarter,
       case when e.persons >= 5 then e.persons end as persons,
       case when e.persons >= 5 then e.lost end as lost,
       case when e.persons >= 5 then e.possible end as possible,
       e.persons < 5 as masked
from sick_leave_enterprise e
join sick_leave_quarter q on e.period = q.year * 10 + q.quarter
where q.published_at is not null;

-- statistics: the category figures (COUNTRY, SECTOR, INDUSTRY, NACE_CODE, INDUSTRY_PROGRAMME) of published quarters.
-- A figure the disclosure rules withhold (V11: suppressed) has null persons, lost and possible and masked = true;
-- computed = summed from the visible enterprise rows because NAV delivered no file for it.
create view statistics_category_quarter as
select c.category,
       c.code,
       c.year,
       c.quarter,
       case when not c.suppressed then c.persons end as persons,
       case when not c.suppressed then c.lost end as lost,
       case when not c.suppressed then c.possible end as possible,
       c.suppressed as masked,
       c.computed
from sick_leave_category c
join sick_leave_quarter q on q.year = c.year and q.quarter = c.quarter
where q.published_at is not null;

-- cases: one row per case. Dates are Norway's dates (the application's zone, CaseLifecycle.ZONE).
create view case_summary as
select c.id as case_id,
       c.org_number,
       c.unit_code,
       c.owner,
       c.status,
       (c.created_at at time zone 'Europe/Oslo')::date as opened_on,
       (c.closed_at at time zone 'Europe/Oslo')::date as closed_on
from ia_case c;

-- cases: one row per collaboration (samarbeidsperiode) with its enterprise; ended_on is the actual end (completed or
-- cancelled), planned_end_on the plan's.
create view case_collaboration as
select l.id as collaboration_id,
       l.case_id,
       c.org_number,
       l.name,
       l.level,
       l.initiated_by,
       l.service_areas,
       l.assistance_form,
       l.start_date as start_on,
       l.planned_end_date as planned_end_on,
       (l.ended_at at time zone 'Europe/Oslo')::date as ended_on,
       l.status
from collaboration l
join ia_case c on c.id = l.case_id;

-- cases: the sub-units a unit-level collaboration covers, one row each.
create view case_collaboration_unit as
select l.id as collaboration_id,
       l.case_id,
       u.org_number::char(9) as org_number
from collaboration l
cross join lateral unnest(l.unit_org_numbers) as u(org_number);

-- cases: a collaboration's milestones with their dates (null date: not reached yet, or not relevant).
create view case_collaboration_milestone as
select m.collaboration_id,
       m.kind,
       m.date,
       m.not_relevant
from collaboration_milestone m;

-- cases: activity facts, one row per registered contact. Adviser hours are not recorded yet; they join this view
-- when they are.
create view case_activity as
select a.id as activity_id,
       a.case_id,
       a.collaboration_id,
       a.owner,
       (a.starts_at at time zone 'Europe/Oslo')::date as date,
       a.starts_at,
       a.channel,
       a.service_area,
       a.participant_roles,
       a.unit_count,
       a.status
from activity a;
