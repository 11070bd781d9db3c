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
