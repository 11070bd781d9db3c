-- Survey anonymity.
--
-- 1. A theme the host has opened and closed again stays closed: its results may have been shown, and reopening it
--    would let a reader see one more answer arrive (close → read → reopen → close → read).
alter table survey_theme add column closed boolean not null default false;

-- 2. While a survey runs, its answers are keyed by the participant's session (so an answer can be changed) in
--    survey_answer. When it is completed or runs out of time its answers move here: under a fresh random respondent key
--    per former session, in a random order, all in one transaction. Nothing here links back to a session, and neither
--    the rows' order nor their transaction ids tell in which order people answered. survey_answer and
--    survey_participant are then rewritten (truncated and refilled with the running surveys' rows), so no dead row of
--    them keeps a session id or an old choice. See docs/privacy.md.
create table survey_response (
    survey_id   bigint   not null references survey,
    respondent  uuid     not null,
    question_id bigint   not null references bank_question,
    option_ids  bigint[] not null check (cardinality(option_ids) > 0),
    primary key (survey_id, respondent, question_id)
);

-- How many joined a completed survey; its participant rows are deleted.
alter table survey add column participants integer;

-- The surveys completed before this version: their themes are closed, and their answers move as above.
update survey_theme st set open = false, closed = true
from survey s where s.id = st.survey_id and s.status in ('COMPLETED', 'DELETED');
update survey_theme st set closed = true
where not st.open
  and exists (select 1 from survey_answer a join survey_question q on q.survey_id = a.survey_id
              and q.question_id = a.question_id
              where a.survey_id = st.survey_id and q.theme_id = st.theme_id);

update survey s set participants = (select count(*) from survey_participant p where p.survey_id = s.id)
where s.status = 'COMPLETED';

insert into survey_response (survey_id, respondent, question_id, option_ids)
with respondents as materialized (
    select p.survey_id, p.session_id, gen_random_uuid() as respondent
    from survey_participant p join survey s on s.id = p.survey_id
    where s.status = 'COMPLETED'
)
select a.survey_id, r.respondent, a.question_id, a.option_ids
from survey_answer a join respondents r on r.survey_id = a.survey_id and r.session_id = a.session_id
order by gen_random_uuid();

create temp table kept_participant on commit drop as
select p.* from survey_participant p join survey s on s.id = p.survey_id where s.status <> 'COMPLETED';
create temp table kept_answer on commit drop as
select a.* from survey_answer a join survey s on s.id = a.survey_id where s.status <> 'COMPLETED';
truncate survey_answer, survey_participant;
insert into survey_participant select * from kept_participant;
insert into survey_answer select * from kept_answer;
