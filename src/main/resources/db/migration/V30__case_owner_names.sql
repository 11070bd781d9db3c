-- cases: the owner's and the registering adviser's display names beside their usernames, for the leaders' overview
-- (reports), which names advisers, never enterprises. New columns go last, as create or replace view requires.
create or replace view case_summary as
select c.id as case_id,
       c.org_number,
       c.unit_code,
       c.owner,
       c.status,
       (c.created_at at time zone 'Europe/Oslo')::date as opened_on,
       (c.closed_at at time zone 'Europe/Oslo')::date as closed_on,
       c.owner_name
from ia_case c;

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
       a.adviser_hours,
       a.owner_name
from activity a;
