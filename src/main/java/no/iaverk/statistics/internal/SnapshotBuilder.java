package no.iaverk.statistics.internal;

import no.iaverk.shared.Quarter;
import no.iaverk.statistics.SickLeave;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes, in one set-based pass, the per-enterprise figures of the published quarter that prioritisation reads: the
 * last four quarters (masked when every quarter had fewer than five persons; only the percent when some had, so that
 * no masked quarter can be recovered by subtraction), persons in the published quarter (unless masked), the trend
 * against the same quarter a year before (only when neither quarter is masked), and the benchmark: the industry
 * programme's last-four-quarters percent when the enterprise belongs to one, else its industry's, unless the
 * disclosure rules withhold every quarter of it.
 */
@Component
public class SnapshotBuilder {

    private final JdbcClient jdbc;

    SnapshotBuilder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the snapshot in the caller's transaction; readers see the old one until it commits. */
    public long build(Quarter published) {
        jdbc.sql("delete from sick_leave_snapshot").update();
        var window = published.lastFour();
        return jdbc.sql("""
                with window_rows as (
                    select e.org_number,
                           count(*) as quarters,
                           sum(e.lost) as lost,
                           sum(e.possible) as possible,
                           max(e.persons) as max_persons,
                           count(*) filter (where e.persons < :minPersons) as masked_quarters,
                           max(e.industry) filter (where e.period = :period) as stats_industry
                    from sick_leave_enterprise e
                    where e.period in (:window)
                    group by e.org_number
                ), current_quarter as (
                    select org_number, case when persons >= :minPersons then persons end as persons, lost, possible
                    from sick_leave_enterprise where period = :period
                ), year_before as (
                    select org_number, persons, lost, possible from sick_leave_enterprise where period = :yearBefore
                ), benchmark_of as (
                    select w.org_number,
                           case when r.industry_programme is not null then 'INDUSTRY_PROGRAMME' else 'INDUSTRY' end
                               as kind,
                           coalesce(r.industry_programme, r.industry, w.stats_industry) as code
                    from window_rows w left join register_enterprise r on r.org_number = w.org_number
                ), category_window as (
                    select category, code,
                           case when not bool_and(suppressed) then sum(lost) * 100 / nullif(sum(possible), 0) end
                               as percent
                    from sick_leave_category
                    where category in ('INDUSTRY_PROGRAMME', 'INDUSTRY') and (year * 10 + quarter) in (:window)
                    group by category, code
                ), figures as (
                    select w.*, w.max_persons < :minPersons as masked,
                           c.persons as current_persons,
                           case when c.persons >= :minPersons and y.persons >= :minPersons
                                     and c.possible > 0 and y.possible > 0
                                then c.lost * 100 / c.possible - y.lost * 100 / y.possible end as trend,
                           b.kind, b.code, cw.percent as benchmark_percent
                    from window_rows w
                    left join current_quarter c on c.org_number = w.org_number
                    left join year_before y on y.org_number = w.org_number
                    left join benchmark_of b on b.org_number = w.org_number
                    left join category_window cw on cw.category = b.kind and cw.code = b.code
                )
                insert into sick_leave_snapshot (org_number, year, quarter, quarters, persons, lost, possible, percent,
                    masked, masked_quarters, trend, benchmark_kind, benchmark_code, benchmark_percent, potential)
                select org_number, :year, :quarter, quarters, current_persons,
                       case when masked_quarters = 0 then lost end,
                       case when masked_quarters = 0 then possible end,
                       case when not masked and possible > 0 then lost * 100 / possible end,
                       masked,
                       masked_quarters,
                       trend,
                       case when code is not null then kind end,
                       code,
                       benchmark_percent,
                       case when masked_quarters = 0 and benchmark_percent is not null
                            then lost - possible * benchmark_percent / 100 end
                from figures
                """)
                .param("period", published.period())
                .param("yearBefore", published.yearBefore().period())
                .param("window", window.stream().map(Quarter::period).toList())
                .param("minPersons", SickLeave.MIN_PERSONS)
                .param("year", published.year())
                .param("quarter", published.quarter())
                .update();
    }
}
