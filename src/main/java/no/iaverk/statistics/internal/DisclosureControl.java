package no.iaverk.statistics.internal;

import no.iaverk.shared.Quarter;
import no.iaverk.statistics.SickLeave;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Decides, per quarter, which category figures NAV delivered may be shown. A delivered figure is withheld when it
 * covers fewer than five persons, or when it minus the visible enterprises iaverk shows for that category leaves a
 * remainder of fewer than five persons: subtracting what is shown would otherwise give the masked enterprises' figures.
 * Members are classified as the computed categories classify them (the statistics' own metadata, else the register).
 * Computed categories protect themselves: they sum visible members only ({@link QuarterLoader}).
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
                with members as (
                    select m.category, m.code,
                           coalesce(sum(e.persons) filter (where e.persons >= :minPersons), 0) as visible_persons,
                           count(*) filter (where e.persons < :minPersons) as masked_members
                    from sick_leave_enterprise e
                    left join register_enterprise r on r.org_number = e.org_number
                    cross join lateral (values
                        ('COUNTRY', 'NO'),
                        ('SECTOR', coalesce(e.sector, r.sector::text)),
                        ('INDUSTRY', coalesce(e.industry, r.industry)),
                        ('NACE_CODE', coalesce(e.nace_code, r.nace_code)),
                        ('INDUSTRY_PROGRAMME', r.industry_programme)
                    ) as m(category, code)
                    where e.period = :period and m.code is not null
                    group by m.category, m.code
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
                .param("period", QuarterLoader.period(quarter))
                .param("year", quarter.year())
                .param("quarter", quarter.quarter())
                .update();
        jdbc.sql(
                        "update sick_leave_quarter set disclosure_version = :version where year = :year and quarter = :quarter")
                .param("version", VERSION)
                .param("year", quarter.year())
                .param("quarter", quarter.quarter())
                .update();
    }
}
