-- cases: a collaboration started in a randomised trial publishes the trial and arm it records, for the trials'
-- analysis and adherence. New columns go last, as create or replace view requires.
create or replace view case_collaboration as
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
       l.status,
       l.trial_id,
       l.trial_arm
from collaboration l
join ia_case c on c.id = l.case_id;
