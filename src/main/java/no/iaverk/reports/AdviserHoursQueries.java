package no.iaverk.reports;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.reports.AdviserHours.Tally;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Adviser hours from the published view {@code case_activity}: held activities (DONE) with their recorded hours, the
 * centre being the case's ({@code case_summary.unit_code}, today's: a transferred case brings its hours along).
 */
@Repository
class AdviserHoursQueries {

    // Held activities whose date (in Norway) is in the period, of the centre's cases or every centre's.
    private static final String HELD = """
            with held as (
                select a.activity_id, a.case_id, a.collaboration_id, a.owner, a.adviser_hours, s.unit_code
                from case_activity a
                join case_summary s on s.case_id = a.case_id
                where a.status = 'DONE'
                  and a.date between :from and :to
                  and (cast(:unit as text) is null or s.unit_code = cast(:unit as text))
            )
            """;

    private static final String TALLY =
            "count(*) as activities, count(adviser_hours) as with_hours, coalesce(sum(adviser_hours), 0) as hours";

    private final JdbcClient jdbc;

    AdviserHoursQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record CentreHours(String unitCode, Tally tally) {}

    record CollaborationHours(
            long collaborationId, long caseId, String name, String orgNumber, String unitCode, Tally tally) {}

    record AdviserHoursRow(String adviser, String unitCode, Tally tally) {}

    /** Every held activity of the period, those without a collaboration included. */
    Tally total(ReportPeriod period) {
        return jdbc.sql(HELD + "select " + TALLY + " from held")
                .params(params(period))
                .query((rs, row) -> tally(rs))
                .single();
    }

    List<CentreHours> byCentre(ReportPeriod period) {
        return jdbc.sql(HELD + "select unit_code, " + TALLY + " from held group by unit_code order by unit_code")
                .params(params(period))
                .query((rs, row) -> new CentreHours(rs.getString("unit_code"), tally(rs)))
                .list();
    }

    /** The collaborations with held activities, most hours first; at most {@code limit} of them (null: all). */
    List<CollaborationHours> byCollaboration(ReportPeriod period, @Nullable Integer limit) {
        return jdbc.sql(HELD + """
                        select h.collaboration_id, c.case_id, c.name, c.org_number, h.unit_code,
                               count(*) as activities, count(h.adviser_hours) as with_hours,
                               coalesce(sum(h.adviser_hours), 0) as hours
                        from held h
                        join case_collaboration c on c.collaboration_id = h.collaboration_id
                        group by h.collaboration_id, c.case_id, c.name, c.org_number, h.unit_code
                        order by hours desc, h.collaboration_id
                        limit cast(:limit as integer)
                        """)
                .params(params(period))
                .param("limit", limit)
                .query((rs, row) -> new CollaborationHours(
                        rs.getLong("collaboration_id"),
                        rs.getLong("case_id"),
                        rs.getString("name"),
                        rs.getString("org_number").trim(),
                        rs.getString("unit_code"),
                        tally(rs)))
                .list();
    }

    /** How many collaborations had held activities in the period. */
    int collaborations(ReportPeriod period) {
        return jdbc.sql(HELD + "select count(distinct collaboration_id) from held")
                .params(params(period))
                .query(Integer.class)
                .single();
    }

    List<AdviserHoursRow> byAdviser(ReportPeriod period) {
        return jdbc.sql(HELD + "select owner, unit_code, " + TALLY
                        + " from held group by owner, unit_code order by hours desc, owner, unit_code")
                .params(params(period))
                .query((rs, row) -> new AdviserHoursRow(rs.getString("owner"), rs.getString("unit_code"), tally(rs)))
                .list();
    }

    private static Map<String, @Nullable Object> params(ReportPeriod period) {
        Map<String, @Nullable Object> params = new HashMap<>();
        params.put("from", period.from());
        params.put("to", period.to());
        params.put("unit", period.unit());
        return params;
    }

    static Tally tally(ResultSet rs) throws SQLException {
        BigDecimal hours = rs.getBigDecimal("hours");
        return Tally.of(rs.getInt("activities"), rs.getInt("with_hours"), hours);
    }
}
