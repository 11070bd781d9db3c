-- statistics: graded lost workdays join the per-enterprise view of published quarters, for the employer's own
-- statistics (employer.EmployerStatistics: graded sick leave as a share of lost workdays, as NAV shows employers).
-- Null when the row is masked, like every other figure of the row. New columns go last, as create or replace view
-- requires; the rest is V32's definition unchanged.
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
       end as long_term_lost,
       case when e.persons >= 5 then e.graded_lost end as graded_lost
from sick_leave_enterprise e
join sick_leave_quarter q on e.period = q.year * 10 + q.quarter
where q.published_at is not null;
