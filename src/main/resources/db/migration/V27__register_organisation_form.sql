-- register: the enterprise view gains the organisation form (Brønnøysund's organisasjonsform: AS, KOMM, FYLK, BEDR,
-- ...), so that reports can count the municipal authorities (form KOMM) assisted at the top level. New columns go
-- last, as create or replace view requires; the view is otherwise as V17 left it.
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
       e.institutional_sector_code,
       e.organisation_form
from enterprise e
left join reference_municipality m on m.number = e.municipality_number;

-- Redefined so that r.* takes in the new column.
create or replace view register_workplace as
select r.*
from register_enterprise r
where not r.deleted
  and (r.sub_unit or not exists (select 1 from enterprise c where c.parent_org_number = r.org_number));
