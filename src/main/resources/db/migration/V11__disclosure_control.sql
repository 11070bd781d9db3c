-- Disclosure control: no published combination of figures may reveal a masked contribution (docs/privacy.md).

-- Per category and quarter: how many of its enterprise rows are masked (fewer than five persons), and whether the
-- category's own figure must be withheld. A computed category sums only its visible members, so masked_members says
-- how many it leaves out; a delivered one is withheld when it has fewer than five persons, or when it minus its
-- visible members leaves a remainder of fewer than five persons.
alter table sick_leave_category
    add column masked_members integer not null default 0,
    add column suppressed     boolean not null default false;

-- Which quarters have been through the current disclosure rules; older ones are checked again at start.
alter table sick_leave_quarter add column disclosure_version smallint not null default 0;

-- A window with a masked quarter shows its percent only: its workdays minus the visible quarters' would give the
-- masked quarter. masked_quarters counts them; lost, possible and potential are null when it is above zero.
alter table sick_leave_snapshot add column masked_quarters smallint not null default 0;
alter table priority_candidate add column partly_masked boolean not null default false;
