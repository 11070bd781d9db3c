package no.iaverk.prioritization.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.iaverk.prioritization.PriorityRow;
import no.iaverk.prioritization.TrialMarker;
import no.iaverk.statistics.SickLeave;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of a call list: counting, paging and streaming {@link PriorityQuery}'s rows, and the rows' open cases. */
@Repository
public class PriorityRows {

    private static final String COLUMNS = """
            select c.org_number, c.name, c.municipality_name, c.municipality_number, c.employees, c.lost, c.possible,
                   c.percent, c.benchmark_percent, c.potential, c.trend, c.masked, c.partly_masked
            """;

    private static final String CASE_COLUMNS = ", k.case_id, k.status as case_status, k.owner, k.owner_name";

    private final JdbcClient jdbc;

    PriorityRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count(PriorityQuery query) {
        return jdbc.sql("select count(*) from " + query.from(false) + " where " + query.where())
                .params(query.parameters())
                .query(Long.class)
                .single();
    }

    /** The page's enterprises, from the index alone where it can. */
    public List<String> page(PriorityQuery query, int limit, long offset) {
        return jdbc.sql("select c.org_number from " + query.from(false) + " where " + query.where() + " order by "
                        + query.orderBy() + " limit :limit offset :offset")
                .params(query.parameters())
                .param("limit", limit)
                .param("offset", offset)
                .query(String.class)
                .list();
    }

    /** Every enterprise of the list, in order. */
    public List<String> orgNumbers(PriorityQuery query) {
        return jdbc.sql("select c.org_number from " + query.from(false) + " where " + query.where() + " order by "
                        + query.orderBy())
                .params(query.parameters())
                .query(String.class)
                .list();
    }

    /** The rows of these enterprises, without their cases, in no particular order. */
    public List<PriorityRow> rows(List<String> orgNumbers) {
        if (orgNumbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " from priority_candidate c where c.org_number in (:orgs)")
                .param("orgs", orgNumbers)
                .query((rs, row) -> row(rs, false))
                .list();
    }

    /** The rows with their enterprises' open cases, looked up for just these rows. */
    public List<PriorityRow> withCases(List<PriorityRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, OpenCase> cases = new HashMap<>();
        jdbc.sql("select org_number, case_id, status as case_status, owner, owner_name from case_enterprise"
                        + " where org_number in (:orgs) and status is not null")
                .param("orgs", rows.stream().map(PriorityRow::orgNumber).toList())
                .query(rs -> {
                    cases.put(rs.getString("org_number"), caseOf(rs));
                });
        return rows.stream()
                .map(row -> {
                    OpenCase found = cases.get(row.orgNumber());
                    return found == null ? row : found.on(row);
                })
                .toList();
    }

    /**
     * The rows with the trials their enterprises are allocated in before contact, looked up for just these rows in the
     * trials' small published view. An enterprise in two such trials shows the one started first.
     */
    public List<PriorityRow> withTrials(List<PriorityRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, TrialMarker> trials = trialMarkers(
                "where org_number in (:orgs)",
                Map.of("orgs", rows.stream().map(PriorityRow::orgNumber).toList()));
        return rows.stream()
                .map(row -> trials.containsKey(row.orgNumber()) ? row.withTrial(trials.get(row.orgNumber())) : row)
                .toList();
    }

    /** Every enterprise allocated in a running trial randomised before contact, by org. number. */
    public Map<String, TrialMarker> trialMarkers() {
        return trialMarkers("", Map.of());
    }

    private Map<String, TrialMarker> trialMarkers(String where, Map<String, ?> parameters) {
        Map<String, TrialMarker> trials = new HashMap<>();
        jdbc.sql("select org_number, trial_id, trial_name, arm_code, arm_name, outreach from trial_outreach " + where
                        + " order by trial_id desc")
                .params(parameters)
                .query(rs -> {
                    trials.put(
                            rs.getString("org_number"),
                            new TrialMarker(
                                    rs.getLong("trial_id"),
                                    rs.getString("trial_name"),
                                    rs.getString("arm_code"),
                                    rs.getString("arm_name"),
                                    rs.getBoolean("outreach")));
                });
        return trials;
    }

    /** The whole list with cases, streamed from the database in order; close the stream. */
    public Stream<PriorityRow> stream(PriorityQuery query) {
        return jdbc
                .sql(COLUMNS + CASE_COLUMNS + " from " + query.from(true) + " where " + query.where() + " order by "
                        + query.orderBy())
                .params(query.parameters())
                .withFetchSize(5_000)
                .query((rs, row) -> row(rs, true))
                .stream();
    }

    private static PriorityRow row(ResultSet rs, boolean withCase) throws SQLException {
        var row = new PriorityRow(
                rs.getString("org_number"),
                rs.getString("name"),
                rs.getString("municipality_name"),
                rs.getString("municipality_number"),
                (Integer) rs.getObject("employees"),
                rs.getBigDecimal("lost"),
                rs.getBigDecimal("possible"),
                SickLeave.display(rs.getBigDecimal("percent")),
                SickLeave.display(rs.getBigDecimal("benchmark_percent")),
                rounded(rs.getBigDecimal("potential")),
                SickLeave.display(rs.getBigDecimal("trend")),
                rs.getBoolean("masked"),
                rs.getBoolean("partly_masked"),
                null,
                null,
                null,
                null,
                null);
        if (!withCase || rs.getString("case_status") == null) {
            return row;
        }
        return caseOf(rs).on(row);
    }

    /** An enterprise's open case as the list shows it. */
    private record OpenCase(
            long id,
            String status,
            @Nullable String owner,
            @Nullable String ownerName) {
        PriorityRow on(PriorityRow row) {
            return row.withCase(status, owner, ownerName, id);
        }
    }

    private static OpenCase caseOf(ResultSet rs) throws SQLException {
        return new OpenCase(
                rs.getLong("case_id"), rs.getString("case_status"), rs.getString("owner"), rs.getString("owner_name"));
    }

    private static @Nullable BigDecimal rounded(@Nullable BigDecimal workdays) {
        return workdays == null ? null : workdays.setScale(1, RoundingMode.HALF_UP);
    }
}
