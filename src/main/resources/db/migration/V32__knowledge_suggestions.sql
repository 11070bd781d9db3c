-- Suggestions from the knowledge library for a collaboration read the sick-leave pattern and the needs assessment
-- through published views; knowledge calls no other module's Java code. Two owners publish here.

-- statistics: the short-term (absences up to 16 days, durations A+B) and long-term (from 17 days, C–F) lost workdays
-- join the per-enterprise and category views, as SickLeaveCalculator splits them. Null when the row is masked or the
-- quarter brought no duration figures. New columns go last, as create or replace view requires.
create or replace view statistics_enterprise_quarter as
select e.org_number,
       q.year,
       q.quarter,
       case when e.persons >= 5 then e.persons end as persons,
       case when e.persons >= 5 then e.lost end as lost,
       case when e.persons >= 5 then e.possible end as possible,
       e.persons < 5 as masked,
       case when e.persons >= 5 and num_nonnulls(e.lost_a, e.lost_b, e.lost_c, e.lost_d, e.lost_e, e.lost_f) > 0
            then coalesce(e.lost_a, 0) + coalesce(e.lost_b, 0) end as short_term_lost,
       case when e.persons >= 5 and num_nonnulls(e.lost_a, e.lost_b, e.lost_c, e.lost_d, e.lost_e, e.lost_f) > 0
            then coalesce(e.lost_c, 0) + coalesce(e.lost_d, 0) + coalesce(e.lost_e, 0) + coalesce(e.lost_f, 0)
       end as long_term_lost
from sick_leave_enterprise e
join sick_leave_quarter q on e.period = q.year * 10 + q.quarter
where q.published_at is not null;

create or replace view statistics_category_quarter as
select c.category,
       c.code,
       c.year,
       c.quarter,
       case when not c.suppressed then c.persons end as persons,
       case when not c.suppressed then c.lost end as lost,
       case when not c.suppressed then c.possible end as possible,
       c.suppressed as masked,
       c.computed,
       case when not c.suppressed and num_nonnulls(c.lost_a, c.lost_b, c.lost_c, c.lost_d, c.lost_e, c.lost_f) > 0
            then coalesce(c.lost_a, 0) + coalesce(c.lost_b, 0) end as short_term_lost,
       case when not c.suppressed and num_nonnulls(c.lost_a, c.lost_b, c.lost_c, c.lost_d, c.lost_e, c.lost_f) > 0
            then coalesce(c.lost_c, 0) + coalesce(c.lost_d, 0) + coalesce(c.lost_e, 0) + coalesce(c.lost_f, 0)
       end as long_term_lost
from sick_leave_category c
join sick_leave_quarter q on q.year = c.year and q.quarter = c.quarter
where q.published_at is not null;

-- surveys: per completed survey and theme, the mean agreement on the theme's scale questions (1–5, "don't know" left
-- out) and how many respondents gave a scored answer; as Results.comparison counts them. Completed surveys only: their
-- answers are sealed, and a running survey's figures would show answers arriving. Below three respondents
-- (SurveyResults.MINIMUM_RESPONDENTS) the mean is null and masked is true; the respondents are counted all the same,
-- since the host sees how many joined anyway.
create view survey_theme_result as
select s.id as survey_id,
       s.case_id,
       s.collaboration_id,
       s.type as kind,
       s.completed_at,
       t.code as theme_code,
       t.name as theme_name,
       count(distinct r.respondent) as respondents,
       case when count(distinct r.respondent) >= 3 then round(avg(o.score), 2) end as mean_agreement,
       count(distinct r.respondent) < 3 as masked
from survey s
join survey_response r on r.survey_id = s.id
join bank_question q on q.id = r.question_id and q.scale
join bank_theme t on t.id = q.theme_id
cross join unnest(r.option_ids) as chosen(option_id)
join bank_option o on o.id = chosen.option_id and o.score is not null
where s.status = 'COMPLETED'
group by s.id, t.code, t.name;
