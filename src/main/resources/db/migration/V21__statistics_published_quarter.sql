-- statistics: the published quarters themselves, so a reader can learn the published range without scanning every
-- enterprise's history (evaluation asks on every estimate).
create view statistics_published_quarter as
select year, quarter, published_at
from sick_leave_quarter
where published_at is not null;
