package no.iaverk.reports;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.reports.AdviserHours.Tally;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The collaborations a cost-benefit row adds up, from the published views of cases and register, chosen as the effect
 * evaluation chooses its starts: assistance started (the milestone ASSISTANCE_STARTED when dated, else the
 * collaboration's start) in the period, the centre being the case's. Their hours are every held activity's, whenever.
 */
@Repository
class CostBenefitQueries {

    /**
     * One collaboration: its centre, its form of assistance, the one programme of the workplaces it covers (null when
     * none or several, or some have none: the evaluation would count its workplaces under different programmes), and
     * its held activities' hours.
     */
    record StartedCollaboration(
            long collaborationId,
            String unitCode,
            @Nullable String assistanceForm,
            @Nullable String industryProgramme,
            Tally hours) {}

    // The workplaces covered as the evaluation counts them: the listed units, else every workplace of the case's
    // enterprise (its living sub-units, or itself).
    private static final String STARTED = """
            with started as (
                select c.collaboration_id, c.org_number, c.assistance_form, s.unit_code
                from case_collaboration c
                join case_summary s on s.case_id = c.case_id
                left join case_collaboration_milestone m
                       on m.collaboration_id = c.collaboration_id and m.kind = 'ASSISTANCE_STARTED'
                where coalesce(m.date, c.start_on) between :from and :to
                  and (cast(:unit as text) is null or s.unit_code = cast(:unit as text))
            ),
            covered as (
                select s.collaboration_id, u.org_number
                from started s
                join case_collaboration_unit u on u.collaboration_id = s.collaboration_id
                union
                select s.collaboration_id, w.org_number
                from started s
                join register_workplace w on w.org_number = s.org_number or w.parent_org_number = s.org_number
                where not exists (select 1 from case_collaboration_unit u
                                  where u.collaboration_id = s.collaboration_id)
            ),
            programme as (
                select v.collaboration_id,
                       case when count(distinct coalesce(e.industry_programme, '')) = 1
                            then max(e.industry_programme) end as industry_programme
                from covered v
                left join register_enterprise e on e.org_number = v.org_number
                group by v.collaboration_id
            ),
            hours as (
                select a.collaboration_id, count(*) as activities, count(a.adviser_hours) as with_hours,
                       coalesce(sum(a.adviser_hours), 0) as hours
                from case_activity a
                join started s on s.collaboration_id = a.collaboration_id
                where a.status = 'DONE'
                group by a.collaboration_id
            )
            select s.collaboration_id, s.unit_code, s.assistance_form, p.industry_programme,
                   coalesce(h.activities, 0) as activities, coalesce(h.with_hours, 0) as with_hours,
                   coalesce(h.hours, 0) as hours
            from started s
            left join programme p on p.collaboration_id = s.collaboration_id
            left join hours h on h.collaboration_id = s.collaboration_id
            order by s.collaboration_id
            """;

    private final JdbcClient jdbc;

    CostBenefitQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StartedCollaboration> started(ReportPeriod period) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("from", period.from());
        params.put("to", period.to());
        params.put("unit", period.unit());
        return jdbc.sql(STARTED)
                .params(params)
                .query((rs, row) -> new StartedCollaboration(
                        rs.getLong("collaboration_id"),
                        rs.getString("unit_code"),
                        rs.getString("assistance_form"),
                        rs.getString("industry_programme"),
                        AdviserHoursQueries.tally(rs)))
                .list();
    }

    /** The industry programmes by code, in their order. */
    Map<String, String> programmes() {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("select code, name from reference_industry_programme order by sort_order, code")
                .query(rs -> {
                    names.put(rs.getString("code"), rs.getString("name"));
                });
        return names;
    }
}
