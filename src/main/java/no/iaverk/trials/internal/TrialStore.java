package no.iaverk.trials.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import no.iaverk.trials.Arm;
import no.iaverk.trials.Participation;
import no.iaverk.trials.StratumFactor;
import no.iaverk.trials.Trial;
import no.iaverk.trials.TrialKind;
import no.iaverk.trials.TrialStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trials' SQL for their design, state and frozen list (which reads the published views of the register and the
 * statistics only); the allocations and the sealed sequence are in {@link AllocationStore}.
 */
@Repository
public class TrialStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TrialStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    // ---- design

    public long insert(
            String name,
            String question,
            TrialKind design,
            List<Arm> arms,
            @Nullable Long ruleSetId,
            Map<String, String> filters,
            List<StratumFactor> strata,
            String createdBy,
            Instant now) {
        long id = jdbc.sql("""
                insert into trial (name, question, design, rule_set_id, filters, strata, status, created_by, created_at)
                values (:name, :question, :design, :ruleSet, cast(:filters as jsonb), :strata, 'DRAFT', :by, :at)
                returning id
                """)
                .param("name", name)
                .param("question", question)
                .param("design", design.name())
                .param("ruleSet", ruleSetId)
                .param("filters", json.writeValueAsString(filters))
                .param("strata", strata.stream().map(Enum::name).toArray(String[]::new))
                .param("by", createdBy)
                .param("at", Timestamp.from(now))
                .query(Long.class)
                .single();
        for (int i = 0; i < arms.size(); i++) {
            Arm arm = arms.get(i);
            jdbc.sql("""
                    insert into trial_arm (trial_id, position, code, name, planned_months, participation, digital_only,
                                           max_adviser_hours, description, ratio, outreach)
                    values (:trial, :position, :code, :name, :months, :participation, :digital, :hours, :description,
                            :ratio, :outreach)
                    """)
                    .param("trial", id)
                    .param("position", i + 1)
                    .param("code", arm.code())
                    .param("name", arm.name())
                    .param("months", arm.plannedMonths())
                    .param(
                            "participation",
                            arm.participation() == null
                                    ? null
                                    : arm.participation().name())
                    .param("digital", arm.digitalOnly())
                    .param("hours", arm.maxAdviserHours())
                    .param("description", arm.description())
                    .param("ratio", arm.ratio())
                    .param("outreach", arm.reachesOut())
                    .update();
        }
        return id;
    }

    // ---- reading a trial (never its allocation)

    public List<Long> ids() {
        return jdbc.sql("select id from trial order by created_at desc, id desc")
                .query(Long.class)
                .list();
    }

    public Optional<Trial> find(long id) {
        return jdbc.sql("""
                select t.*,
                       (select count(*) from trial_eligible e where e.trial_id = t.id) as eligible_workplaces,
                       (select count(*) from trial_unit u where u.trial_id = t.id) as eligible,
                       (select count(*) from trial_allocation a where a.trial_id = t.id) as allocated
                from trial t where t.id = :id
                """)
                .param("id", id)
                .query((rs, row) -> trial(rs, arms(id), strataSizes(id)))
                .optional();
    }

    public List<Arm> arms(long trialId) {
        return jdbc.sql("select * from trial_arm where trial_id = :trial order by position")
                .param("trial", trialId)
                .query((rs, row) -> new Arm(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getObject("planned_months", Integer.class),
                        rs.getString("participation") == null
                                ? null
                                : Participation.valueOf(rs.getString("participation")),
                        rs.getObject("digital_only", Boolean.class),
                        rs.getBigDecimal("max_adviser_hours"),
                        rs.getString("description"),
                        rs.getInt("ratio"),
                        rs.getBoolean("outreach")))
                .list();
    }

    private Map<String, Integer> strataSizes(long trialId) {
        Map<String, Integer> sizes = new TreeMap<>();
        jdbc.sql("select code, units from trial_stratum where trial_id = :trial")
                .param("trial", trialId)
                .query(rs -> {
                    sizes.put(rs.getString("code"), rs.getInt("units"));
                });
        return sizes;
    }

    private Trial trial(ResultSet rs, List<Arm> arms, Map<String, Integer> strata) throws SQLException {
        boolean started = rs.getTimestamp("started_at") != null;
        return new Trial(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("question"),
                TrialKind.valueOf(rs.getString("design")),
                TrialStatus.valueOf(rs.getString("status")),
                arms,
                (Long) rs.getObject("rule_set_id"),
                json.readValue(rs.getString("filters"), new TypeReference<LinkedHashMap<String, String>>() {}),
                Arrays.stream(texts(rs.getArray("strata")))
                        .map(StratumFactor::valueOf)
                        .toList(),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                started ? rs.getTimestamp("started_at").toInstant() : null,
                rs.getArray("baseline_quarters") == null ? null : List.of(texts(rs.getArray("baseline_quarters"))),
                started ? rs.getInt("eligible_workplaces") : null,
                started ? rs.getInt("eligible") : null,
                strata,
                rs.getString("allocation_digest"),
                rs.getInt("allocated"),
                rs.getTimestamp("closed_at") == null
                        ? null
                        : rs.getTimestamp("closed_at").toInstant());
    }

    private static String[] texts(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    /** Locks the trial's row for a change of state and gives its status. */
    public Optional<TrialStatus> lock(long id) {
        return jdbc.sql("select status from trial where id = :id for update")
                .param("id", id)
                .query((rs, row) -> TrialStatus.valueOf(rs.getString("status")))
                .optional();
    }

    /** The status, with a share lock: a trial cannot close while an enrolment in it is being made. */
    public Optional<TrialStatus> statusForEnrolment(long id) {
        return jdbc.sql("select status from trial where id = :id for share")
                .param("id", id)
                .query((rs, row) -> TrialStatus.valueOf(rs.getString("status")))
                .optional();
    }

    // ---- start

    /** The newest published quarters, newest first: the baseline of a trial started now. */
    public List<String> lastPublishedQuarters(int count) {
        return jdbc.sql("""
                select year || 'K' || quarter from statistics_published_quarter
                order by year desc, quarter desc limit :count
                """).param("count", count).query(String.class).list();
    }

    /**
     * Freezes the eligible workplaces with their legal unit and baseline: the sums over the baseline quarters that are
     * not masked (a masked quarter is missing, never a zero). Returns the number of workplaces frozen.
     */
    public int freezeEligible(long trialId, List<String> orgNumbers, List<String> quarters) {
        return jdbc.sql("""
                insert into trial_eligible (trial_id, org_number, legal_unit, county_number, industry_programme,
                                            employees, baseline_lost, baseline_possible, baseline_quarters)
                select :trial, w.org_number, coalesce(w.parent_org_number, w.org_number), w.county_number,
                       w.industry_programme, w.employees, b.lost, b.possible, coalesce(b.quarters, 0)
                from register_workplace w
                left join (select q.org_number, sum(q.lost) as lost, sum(q.possible) as possible,
                                  count(*) as quarters
                           from statistics_enterprise_quarter q
                           where not q.masked and q.year || 'K' || q.quarter = any(:quarters)
                           group by q.org_number) b on b.org_number = w.org_number
                where w.org_number = any(:orgs)
                """)
                .param("trial", trialId)
                .param("orgs", orgNumbers.toArray(String[]::new))
                .param("quarters", quarters.toArray(String[]::new))
                .update();
    }

    /** The eligible legal units: programme and county of their largest eligible workplace, employees and baseline summed. */
    public List<Stratification.Unit> eligibleUnits(long trialId) {
        return jdbc.sql("""
                select legal_unit,
                       (array_agg(industry_programme order by employees desc nulls last, org_number))[1] as programme,
                       (array_agg(county_number order by employees desc nulls last, org_number))[1] as county,
                       coalesce(sum(employees), 0) as employees,
                       sum(baseline_lost) as lost, sum(baseline_possible) as possible
                from trial_eligible where trial_id = :trial
                group by legal_unit order by legal_unit
                """)
                .param("trial", trialId)
                .query((rs, row) -> new Stratification.Unit(
                        rs.getString("legal_unit"),
                        rs.getString("programme"),
                        rs.getString("county"),
                        rs.getInt("employees"),
                        Stratification.percent(rs.getBigDecimal("lost"), rs.getBigDecimal("possible"))))
                .list();
    }

    /** Stores the strata, each legal unit's stratum, the sealed secret and sequence, and the slots. */
    public void seal(
            long trialId,
            Map<String, String> strataOfUnits,
            Map<String, Integer> sizes,
            byte[] secret,
            byte[] nonce,
            String canonical,
            Map<String, List<String>> sequence) {
        sizes.forEach((code, units) -> jdbc.sql(
                        "insert into trial_stratum (trial_id, code, units) values (:trial, :code, :units)")
                .param("trial", trialId)
                .param("code", code)
                .param("units", units)
                .update());
        jdbc.sql("""
                insert into trial_unit (trial_id, legal_unit, stratum)
                select :trial, u, s from unnest(:units, :strata) as t(u, s)
                """)
                .param("trial", trialId)
                .param("units", strataOfUnits.keySet().toArray(String[]::new))
                .param("strata", strataOfUnits.values().toArray(String[]::new))
                .update();
        jdbc.sql("insert into trial_sealed (trial_id, secret, nonce, sequence) values (:trial, :secret, :nonce, :seq)")
                .param("trial", trialId)
                .param("secret", secret)
                .param("nonce", nonce)
                .param("seq", canonical)
                .update();
        List<String> strata = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> arms = new ArrayList<>();
        sequence.forEach((stratum, slots) -> {
            for (int i = 0; i < slots.size(); i++) {
                strata.add(stratum);
                positions.add(i + 1);
                arms.add(slots.get(i));
            }
        });
        jdbc.sql("""
                insert into trial_slot (trial_id, stratum, position, arm_code)
                select :trial, s, p, a from unnest(:strata, :positions, :arms) as t(s, p, a)
                """)
                .param("trial", trialId)
                .param("strata", strata.toArray(String[]::new))
                .param("positions", positions.toArray(Integer[]::new))
                .param("arms", arms.toArray(String[]::new))
                .update();
    }

    public void markStarted(long trialId, String by, Instant at, List<String> quarters, String digest) {
        jdbc.sql("""
                update trial set status = 'RUNNING', started_by = :by, started_at = :at,
                                 baseline_quarters = :quarters, allocation_digest = :digest
                where id = :id and status = 'DRAFT'
                """)
                .param("id", trialId)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .param("quarters", quarters.toArray(String[]::new))
                .param("digest", digest)
                .update();
    }

    public void markClosed(long trialId, String by, Instant at) {
        jdbc.sql("""
                update trial set status = 'CLOSED', closed_by = :by, closed_at = :at
                where id = :id and status = 'RUNNING'
                """)
                .param("id", trialId)
                .param("by", by)
                .param("at", Timestamp.from(at))
                .update();
    }
}
