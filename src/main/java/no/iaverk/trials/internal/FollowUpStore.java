package no.iaverk.trials.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a started trial's follow-up reads: its legal units with their allocation and frozen description, their sick
 * leave around the randomisation quarter, and the collaborations started in the trial with their activities. Reads the
 * published views of the statistics, the register and the cases only.
 */
@Repository
public class FollowUpStore {

    private final JdbcClient jdbc;

    FollowUpStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A legal unit of the frozen list: its stratum, its allocation (null arm: not randomised, i.e. an AMONG_WILLING unit
     * nobody enrolled) and, from its eligible workplaces, programme and county of the largest, employees summed.
     *
     * @param randomisedOn the Norwegian date of the allocation: enrolment, or the start for BEFORE_CONTACT
     * @param deleted every eligible workplace of the unit has left the register since
     */
    public record Unit(
            String legalUnit,
            @Nullable String name,
            String stratum,
            @Nullable String arm,
            @Nullable LocalDate randomisedOn,
            @Nullable Long caseId,
            @Nullable String programme,
            @Nullable String county,
            int employees,
            int workplaces,
            boolean deleted) {}

    public List<Unit> units(long trialId) {
        return jdbc.sql("""
                with eligible as (
                    select legal_unit,
                           (array_agg(industry_programme order by employees desc nulls last, org_number))[1] as programme,
                           (array_agg(county_number order by employees desc nulls last, org_number))[1] as county,
                           coalesce(sum(employees), 0) as employees,
                           count(*) as workplaces,
                           bool_and(not exists (select 1 from register_enterprise r
                                                where r.org_number = e.org_number and not r.deleted)) as deleted
                    from trial_eligible e
                    where trial_id = :trial
                    group by legal_unit
                )
                select u.legal_unit, r.name, u.stratum, a.arm_code,
                       (a.allocated_at at time zone 'Europe/Oslo')::date as randomised_on, a.case_id,
                       e.programme, e.county, e.employees, e.workplaces, e.deleted
                from trial_unit u
                join eligible e on e.legal_unit = u.legal_unit
                left join trial_allocation a on a.trial_id = u.trial_id and a.legal_unit = u.legal_unit
                left join register_enterprise r on r.org_number = u.legal_unit
                where u.trial_id = :trial
                order by u.legal_unit
                """)
                .param("trial", trialId)
                .query((rs, row) -> new Unit(
                        rs.getString("legal_unit"),
                        rs.getString("name"),
                        rs.getString("stratum"),
                        rs.getString("arm_code"),
                        rs.getObject("randomised_on", LocalDate.class),
                        rs.getObject("case_id", Long.class),
                        rs.getString("programme"),
                        rs.getString("county"),
                        rs.getInt("employees"),
                        rs.getInt("workplaces"),
                        rs.getBoolean("deleted")))
                .list();
    }

    /**
     * A randomised legal unit's sick leave over its eligible workplaces, summed over the visible quarters of each period
     * relative to the randomisation quarter (0): baseline −4…−1, first year +1…+4, second year +5…+8. A masked quarter is
     * missing, never a zero: its lost and possible workdays are both null, so the sums leave it out.
     *
     * @param quartersAfter quarters with any statistics row (masked or not) after the randomisation quarter
     */
    public record Outcome(
            String legalUnit,
            @Nullable BigDecimal baselineLost,
            @Nullable BigDecimal baselinePossible,
            @Nullable BigDecimal firstYearLost,
            @Nullable BigDecimal firstYearPossible,
            @Nullable BigDecimal secondYearLost,
            @Nullable BigDecimal secondYearPossible,
            int quartersAfter) {}

    public List<Outcome> outcomes(long trialId) {
        return jdbc.sql("""
                with randomised as (
                    select legal_unit,
                           (extract(year from allocated_at at time zone 'Europe/Oslo') * 4
                            + extract(quarter from allocated_at at time zone 'Europe/Oslo') - 1)::int as q0
                    from trial_allocation
                    where trial_id = :trial
                ),
                relative as (
                    select a.legal_unit, q.lost, q.possible, q.year * 4 + q.quarter - 1 - a.q0 as rel
                    from randomised a
                    join trial_eligible e on e.trial_id = :trial and e.legal_unit = a.legal_unit
                    join statistics_enterprise_quarter q on q.org_number = e.org_number
                    where q.year * 4 + q.quarter - 1 between a.q0 - 4 and a.q0 + 8
                )
                select legal_unit,
                       sum(lost) filter (where rel between -4 and -1) as baseline_lost,
                       sum(possible) filter (where rel between -4 and -1) as baseline_possible,
                       sum(lost) filter (where rel between 1 and 4) as first_lost,
                       sum(possible) filter (where rel between 1 and 4) as first_possible,
                       sum(lost) filter (where rel between 5 and 8) as second_lost,
                       sum(possible) filter (where rel between 5 and 8) as second_possible,
                       count(distinct rel) filter (where rel >= 1) as quarters_after
                from relative
                group by legal_unit
                """)
                .param("trial", trialId)
                .query((rs, row) -> new Outcome(
                        rs.getString("legal_unit"),
                        rs.getBigDecimal("baseline_lost"),
                        rs.getBigDecimal("baseline_possible"),
                        rs.getBigDecimal("first_lost"),
                        rs.getBigDecimal("first_possible"),
                        rs.getBigDecimal("second_lost"),
                        rs.getBigDecimal("second_possible"),
                        rs.getInt("quarters_after")))
                .list();
    }

    /** The latest published quarter as year × 4 + quarter − 1, if any. */
    public Optional<Integer> latestPublishedIndex() {
        return jdbc.sql("select max(year * 4 + quarter - 1) from statistics_published_quarter")
                .query(Integer.class)
                .optional();
    }

    /**
     * A collaboration started in the trial (it records the trial and an arm), with the legal unit of its case's
     * enterprise on the frozen list and what its done activities add up to.
     *
     * @param roles every participant role of its done activities
     * @param channels every channel of its done activities
     * @param adviserHours summed over its done activities that record hours (null when none does)
     */
    public record TrialCollaboration(
            long collaborationId,
            long caseId,
            @Nullable String legalUnit,
            String arm,
            String status,
            LocalDate startOn,
            @Nullable LocalDate plannedEndOn,
            @Nullable LocalDate endedOn,
            List<String> roles,
            List<String> channels,
            int doneActivities,
            @Nullable BigDecimal adviserHours) {}

    public List<TrialCollaboration> collaborations(long trialId) {
        return jdbc.sql("""
                select c.collaboration_id, c.case_id, c.trial_arm, c.status, c.start_on, c.planned_end_on, c.ended_on,
                       (select e.legal_unit from trial_eligible e
                        where e.trial_id = :trial and (e.org_number = c.org_number or e.legal_unit = c.org_number)
                        limit 1) as legal_unit,
                       array(select distinct r from case_activity a cross join unnest(a.participant_roles) r
                             where a.collaboration_id = c.collaboration_id and a.status = 'DONE') as roles,
                       array(select distinct a.channel from case_activity a
                             where a.collaboration_id = c.collaboration_id and a.status = 'DONE') as channels,
                       (select count(*) from case_activity a
                        where a.collaboration_id = c.collaboration_id and a.status = 'DONE') as done_activities,
                       (select sum(a.adviser_hours) from case_activity a
                        where a.collaboration_id = c.collaboration_id and a.status = 'DONE') as adviser_hours
                from case_collaboration c
                where c.trial_id = :trial
                order by c.collaboration_id
                """)
                .param("trial", trialId)
                .query((rs, row) -> new TrialCollaboration(
                        rs.getLong("collaboration_id"),
                        rs.getLong("case_id"),
                        rs.getString("legal_unit"),
                        rs.getString("trial_arm"),
                        rs.getString("status"),
                        rs.getObject("start_on", LocalDate.class),
                        rs.getObject("planned_end_on", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class),
                        strings(rs, "roles"),
                        strings(rs, "channels"),
                        rs.getInt("done_activities"),
                        rs.getBigDecimal("adviser_hours")))
                .list();
    }

    /** {@code COUNTY:46} and {@code INDUSTRY_PROGRAMME:<code>} with their names, for the balance table's labels. */
    public Map<String, String> levelNames() {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("""
                select 'COUNTY:' || number as code, name from reference_county
                union all
                select 'INDUSTRY_PROGRAMME:' || code, name from reference_industry_programme
                """)
                .query((rs, row) -> names.put(rs.getString("code"), rs.getString("name")))
                .list();
        return names;
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
