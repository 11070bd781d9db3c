-- Call lists sorted ascending, and the unselective filters (sector, above the benchmark, rising), read from an index
-- instead of a scan of every candidate: the benchmark showed these as the queries over 50 ms.
create index priority_candidate_lost_asc_idx on priority_candidate (lost asc nulls last, org_number);
create index priority_candidate_potential_asc_idx on priority_candidate (potential asc nulls last, org_number);
create index priority_candidate_percent_asc_idx on priority_candidate (percent asc nulls last, org_number);
create index priority_candidate_employees_asc_idx on priority_candidate (employees asc nulls last, org_number);
create index priority_candidate_sector_idx on priority_candidate (sector, lost desc nulls last);
create index priority_candidate_above_idx on priority_candidate (lost desc nulls last, org_number)
    where percent > benchmark_percent;
create index priority_candidate_rising_idx on priority_candidate (lost desc nulls last, org_number)
    where trend > 0;
-- A county's list by potential, the centres' most common view after lost workdays.
create index priority_candidate_county_potential_idx on priority_candidate (county_number, potential desc nulls last);
-- Lists by name carry the common filter columns, so a deep page is found in the index alone.
drop index priority_candidate_name_idx;
create index priority_candidate_name_idx on priority_candidate (name, org_number)
    include (employees, county_number, municipality_number, sector, industry);
