-- An industry's or a municipality's list, by lost workdays, read in order from the index instead of sorting a
-- few thousand rows for a deep page (the call-list benchmark's slowest queries after the masking work).
drop index priority_candidate_industry_idx;
create index priority_candidate_industry_idx on priority_candidate (industry, lost desc nulls last, org_number);
drop index priority_candidate_municipality_idx;
create index priority_candidate_municipality_idx
    on priority_candidate (municipality_number, lost desc nulls last, org_number);
-- The default order carries the columns the common rules filter on, so a rule's deep page is found in the index
-- alone (index-only scan) instead of visiting every skipped row in the table.
drop index priority_candidate_lost_idx;
create index priority_candidate_lost_idx on priority_candidate (lost desc nulls last, org_number)
    include (employees, percent, county_number, sector);
