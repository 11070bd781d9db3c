-- cases: the adviser hours an activity took, when recorded (one decimal), for trials' adherence and the centres'
-- resource figures. The published view takes the new column last, as create or replace view requires.
alter table activity add column adviser_hours numeric(4, 1)
    check (adviser_hours >= 0 and adviser_hours <= 999.9);

create or replace view case_activity as
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
       a.status,
       a.adviser_hours
from activity a;
