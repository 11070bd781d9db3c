package no.iaverk.employer.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.iaverk.employer.Goal;
import no.iaverk.employer.GoalMetric;
import no.iaverk.employer.GoalStatus;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The goals ({@code employer_goal}, removed ones kept) and their status per quarter ({@code employer_goal_status}). */
@Repository
public class GoalStore {

    private final JdbcClient jdbc;

    GoalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A goal as stored, before its status is worked out. */
    public record GoalRow(
            long id,
            String orgNumber,
            String description,
            GoalMetric metric,
            BigDecimal target,
            BigDecimal tolerance,
            int year,
            String createdBy,
            Instant createdAt) {}

    public long insert(
            String orgNumber,
            String description,
            GoalMetric metric,
            BigDecimal target,
            BigDecimal tolerance,
            int year,
            String createdBy,
            Instant now) {
        return jdbc.sql("""
                insert into employer_goal (org_number, description, metric, target, tolerance, year, created_by,
                                           created_at)
                values (:org, :description, :metric, :target, :tolerance, :year, :by, :now)
                returning id
                """)
                .param("org", orgNumber)
                .param("description", description)
                .param("metric", metric.name())
                .param("target", target)
                .param("tolerance", tolerance)
                .param("year", year)
                .param("by", createdBy)
                .param("now", java.sql.Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** The goals not removed of these enterprises, by enterprise, year and when they were set. */
    public List<GoalRow> active(Collection<String> orgNumbers) {
        if (orgNumbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, org_number, description, metric, target, tolerance, year, created_by, created_at
                from employer_goal
                where org_number in (:orgs) and removed_at is null
                order by org_number, year, created_at, id
                """).param("orgs", orgNumbers).query(GoalStore::row).list();
    }

    /** The goals not removed whose year is {@code year}: the ones a publication of one of its quarters concerns. */
    public List<GoalRow> activeOfYear(int year) {
        return jdbc.sql("""
                select id, org_number, description, metric, target, tolerance, year, created_by, created_at
                from employer_goal
                where year = :year and removed_at is null
                order by id
                """).param("year", year).query(GoalStore::row).list();
    }

    public Optional<GoalRow> active(long id) {
        return jdbc.sql("""
                select id, org_number, description, metric, target, tolerance, year, created_by, created_at
                from employer_goal
                where id = :id and removed_at is null
                """).param("id", id).query(GoalStore::row).optional();
    }

    /** Marks the goal removed (the row and its history stay); false when it was not there or removed already. */
    public boolean remove(long id, String by, Instant now) {
        return jdbc.sql("""
                update employer_goal set removed_by = :by, removed_at = :now
                where id = :id and removed_at is null
                """)
                        .param("id", id)
                        .param("by", by)
                        .param("now", java.sql.Timestamp.from(now))
                        .update()
                == 1;
    }

    /** One row per (goal, quarter): a quarter published again overwrites its row. */
    public void saveStatus(long goalId, GoalMeasure measure, GoalStatus status, Instant now) {
        jdbc.sql("""
                insert into employer_goal_status (goal_id, year, quarter, value, status, reason, masked_sub_units,
                                                  evaluated_at)
                values (:goal, :year, :quarter, :value, :status, :reason, :masked, :now)
                on conflict (goal_id, year, quarter) do update
                    set value = excluded.value, status = excluded.status, reason = excluded.reason,
                        masked_sub_units = excluded.masked_sub_units, evaluated_at = excluded.evaluated_at
                """)
                .param("goal", goalId)
                .param("year", measure.asOf().year())
                .param("quarter", measure.asOf().quarter())
                .param("value", measure.value())
                .param("status", status.name())
                .param(
                        "reason",
                        measure.reason() == null ? null : measure.reason().name())
                .param("masked", measure.maskedSubUnits())
                .param("now", java.sql.Timestamp.from(now))
                .update();
    }

    /** The stored statuses of these goals, oldest quarter first. */
    public Map<Long, List<Goal.Evaluation>> history(Collection<Long> goalIds) {
        if (goalIds.isEmpty()) {
            return Map.of();
        }
        record Row(long goalId, Goal.Evaluation evaluation) {}
        return jdbc
                .sql("""
                        select goal_id, year, quarter, value, status, reason, masked_sub_units, evaluated_at
                        from employer_goal_status
                        where goal_id in (:ids)
                        order by goal_id, year, quarter
                        """)
                .param("ids", goalIds)
                .query((rs, n) -> new Row(
                        rs.getLong("goal_id"),
                        new Goal.Evaluation(
                                Quarter.of(rs.getInt("year"), rs.getInt("quarter")),
                                rs.getBigDecimal("value"),
                                GoalStatus.valueOf(rs.getString("status")),
                                reason(rs.getString("reason")),
                                rs.getInt("masked_sub_units"),
                                rs.getTimestamp("evaluated_at").toInstant())))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Row::goalId,
                        java.util.LinkedHashMap::new,
                        Collectors.mapping(Row::evaluation, Collectors.toList())));
    }

    /** The published quarters of a year up to the latest published one, oldest first. */
    public List<Quarter> publishedQuarters(int year) {
        return jdbc.sql("""
                select year, quarter from statistics_published_quarter
                where year = :year
                order by quarter
                """)
                .param("year", year)
                .query((rs, n) -> Quarter.of(rs.getInt("year"), rs.getInt("quarter")))
                .list();
    }

    private static GoalStatus.@Nullable Reason reason(@Nullable String text) {
        return text == null ? null : GoalStatus.Reason.valueOf(text);
    }

    private static GoalRow row(ResultSet rs, int n) throws SQLException {
        return new GoalRow(
                rs.getLong("id"),
                rs.getString("org_number"),
                rs.getString("description"),
                GoalMetric.valueOf(rs.getString("metric")),
                rs.getBigDecimal("target"),
                rs.getBigDecimal("tolerance"),
                rs.getInt("year"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
