-- The register's read model for set-based work in other modules (statistics publication, prioritisation): one row per
-- enterprise with what they classify by. Other modules read this view, never the enterprise table itself.
create view register_enterprise as
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
       e.deleted_on is not null as deleted
from enterprise e
left join municipality m on m.number = e.municipality_number;

-- Finds the enterprises of an industry programme through the view's own expression (statistics computes programme
-- figures NAV does not publish, such as the oil and gas suppliers, from them).
create index enterprise_programme_idx on enterprise ((coalesce(assigned_programme, derived_programme)));

-- The units where people work and sick leave is counted: living sub-units, and living legal units without any.
create view register_workplace as
select r.*
from register_enterprise r
where not r.deleted
  and (r.sub_unit or not exists (select 1 from enterprise c where c.parent_org_number = r.org_number));
