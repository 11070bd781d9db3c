-- trials: BEFORE_CONTACT trials reach the call list and the case start. An arm says whether its enterprises are
-- offered assistance (outreach) or are the "no outreach" control, which needs no form of assistance: its duration,
-- participation, digital-only flag and hours ceiling may be left out.
alter table trial_arm
    add column outreach boolean not null default true,
    alter column planned_months drop not null,
    alter column participation drop not null,
    alter column digital_only drop not null,
    alter column max_adviser_hours drop not null;

-- Lookups by workplace (the call list's rows) and by legal unit (a case start), across trials.
create index trial_eligible_org_number on trial_eligible (org_number);
create index trial_eligible_legal_unit_only on trial_eligible (legal_unit);

-- Published: every eligible workplace of every legal unit allocated in a running BEFORE_CONTACT trial, with its arm.
-- Prioritisation marks and filters its call list with it; cases link a case start to the trial and refuse a centre's
-- own start for the control arm. Only BEFORE_CONTACT: its whole list is allocated, and open, at start; an
-- AMONG_WILLING allocation stays concealed until enrolment and is never shown here.
create view trial_outreach as
select e.org_number,
       e.legal_unit,
       t.id     as trial_id,
       t.name   as trial_name,
       a.arm_code,
       r.name   as arm_name,
       r.outreach
from trial t
join trial_allocation a on a.trial_id = t.id
join trial_eligible e on e.trial_id = a.trial_id and e.legal_unit = a.legal_unit
join trial_arm r on r.trial_id = a.trial_id and r.code = a.arm_code
where t.status = 'RUNNING'
  and t.design = 'BEFORE_CONTACT';
