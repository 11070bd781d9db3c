package no.iaverk.statistics.internal;

import no.iaverk.shared.Quarter;
import no.iaverk.statistics.SickLeave;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides, per quarter, which category figures NAV delivered may be shown. A delivered figure is withheld when it
 * covers fewer than five persons, or when it minus the visible enterprises iaverk shows for that category leaves a
 * remainder of fewer than five persons: subtracting what is shown would otherwise give the masked enterprises' figures.
 * Members are classified as NAV classifies them: by the statistics' own sector, industry and NACE code (else the
 * register's), and into a programme by NACE code (as NAV's programme figures are made). Computed categories protect
 * themselves: they sum visible members only ({@link QuarterLoader}).
 */
@Component
public class DisclosureControl {

    /** Raised when the rules change, so that quarters checked under older rules are checked again. */
    static final int VERSION = 1;

    private final JdbcClient jdbc;

    DisclosureControl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In the caller's transaction, after the quarter's enterprise rows and categories are in place. */
    public void protect(Quarter quarter) {
        jdbc.sql("""
                update sick_leave_category set masked_members = 0, suppressed = persons < :minPersons
                where year = :year and quarter = :quarter and not computed
                """)
                .param("minPersons", SickLeave.MIN_PERSONS)
                .param("year", quarter.year())
                .param("quarter", quarter.quarter())
                .update();
        jdbc.sql("""
                with classified as (
                    select e.persons, coalesce(e.sector, r.sector) as sector, coalesce(e.industry, r.industry) as industry,
                           coalesce(e.nace_code, r.nace_code) as nace_code
                    from sick_leave_enterprise e
                    -- The register only where the statistics' own metadata is missing; "offset 0" keeps this a
                    -- per-row lookup that is skipped for the rows that have it all, instead of a join of every row.
                    left join lateral (
                        select r.sector::text as sector, r.industry, r.nace_code from register_enterprise r
                        where r.org_number = e.org_number
                          and (e.sector is null or e.industry is null or e.nace_code is null)
                        offset 0
                    ) r on true
                    where e.period = :period
                ), programme_of as (
                    select distinct nace_code, programme_code from reference_industry_programme_nace
                ), grouped as (
                    select grouping(c.sector, c.industry, c.nace_code, coalesce(p5.programme_code, p2.programme_code))
                               as grouping_set,
                           c.sector, c.industry, c.nace_code,
                           coalesce(p5.programme_code, p2.programme_code) as programme,
                           coalesce(sum(c.persons) filter (where c.persons >= :minPersons), 0) as visible_persons,
                           count(*) filter (where c.persons < :minPersons) as masked_members
                    from classified c
                    left join programme_of p5 on p5.nace_code = c.nace_code
                    left join programme_of p2 on p2.nace_code = c.industry
                    group by grouping sets ((c.sector), (c.industry), (c.nace_code),
                                            (coalesce(p5.programme_code, p2.programme_code)), ())
                ), members as materialized ( -- once: the category rows this import just wrote have no statistics yet
                    select case grouping_set when 7 then 'SECTOR' when 11 then 'INDUSTRY' when 13 then 'NACE_CODE'
                                when 14 then 'INDUSTRY_PROGRAMME' else 'COUNTRY' end as category,
                           case grouping_set when 7 then sector when 11 then industry when 13 then nace_code
                                when 14 then programme else 'NO' end as code,
                           visible_persons, masked_members
                    from grouped
                )
                update sick_leave_category c
                set masked_members = m.masked_members,
                    suppressed = c.persons < :minPersons
                        or (m.masked_members > 0 and c.persons - m.visible_persons < :minPersons)
                from members m
                where c.year = :year and c.quarter = :quarter and not c.computed
                  and c.category = m.category and c.code = m.code
                """)
                .param("minPersons", SickLeave.MIN_PERSONS)
                .param("period", quarter.period())
                .param("year", quarter.year())
                .param("quarter", quarter.quarter())
                .update();
    }
}
