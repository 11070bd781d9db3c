-- A county's list by potential, the centres' most common view after lost workdays, without walking the whole index.
create index priority_candidate_county_potential_idx on priority_candidate (county_number, potential desc nulls last);
