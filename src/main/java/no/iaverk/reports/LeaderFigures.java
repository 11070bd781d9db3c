package no.iaverk.reports;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The counts behind the leaders' overview, read from the published views of cases: one unit's cases (by the case's
 * unit), grouped by adviser. Each query gives rows of (adviser, key, count); the service folds them per adviser.
 */
@Repository
class LeaderFigures {

    /** One count: an adviser (null: nobody), what is counted (a status, channel, ... or null), how many. */
    record Count(@Nullable String adviser, @Nullable String key, int count) {}

    // Open = not completed and not judged not relevant (CaseStatus.open()).
    private static final String OPEN_CASES = """
            select s.owner as adviser, s.status as key, count(*) as n
            from case_summary s
            where s.unit_code = :unit and s.status not in ('COMPLETED', 'NOT_RELEVANT')
            group by s.owner, s.status
            """;

    // key: ACTIVE for every active collaboration, PAST_PLANNED_END for those whose planned end has passed.
    private static final String ACTIVE_COLLABORATIONS = """
            select s.owner as adviser, k.key, count(*) as n
            from case_collaboration c
            join case_summary s on s.case_id = c.case_id
            cross join lateral (
                select 'ACTIVE' as key
                union all
                select 'PAST_PLANNED_END' where c.planned_end_on < :today
            ) k
            where s.unit_code = :unit and c.status = 'ACTIVE'
            group by s.owner, k.key
            """;

    private static final String HELD_ACTIVITIES_BY_CHANNEL = """
            select a.owner as adviser, a.channel as key, count(*) as n
            from case_activity a
            join case_summary s on s.case_id = a.case_id
            where s.unit_code = :unit and a.status = 'DONE' and a.date between :from and :today
            group by a.owner, a.channel
            """;

    private static final String SERVICES_DELIVERED = """
            select a.owner as adviser, a.service_area as key, count(*) as n
            from case_activity a
            join case_summary s on s.case_id = a.case_id
            where s.unit_code = :unit and a.status = 'DONE' and a.date between :from and :today
              and a.service_area is not null
            group by a.owner, a.service_area
            """;

    private static final String OVERDUE_PLANNED_ACTIVITIES = """
            select a.owner as adviser, null as key, count(*) as n
            from case_activity a
            join case_summary s on s.case_id = a.case_id
            where s.unit_code = :unit and a.status = 'PLANNED' and a.date < :today
            group by a.owner
            """;

    // A collaboration's enterprises: the case's, and each sub-unit a unit-level one lists.
    private static final String PORTFOLIO = """
            with active as (
                select c.collaboration_id, c.org_number
                from case_collaboration c
                join case_summary s on s.case_id = c.case_id
                where s.unit_code = :unit and c.status = 'ACTIVE'
            )
            select collaboration_id, org_number from active
            union
            select u.collaboration_id, u.org_number
            from case_collaboration_unit u
            join active a on a.collaboration_id = u.collaboration_id
            """;

    // key: the first day of the quarter; kind: STARTED or ENDED.
    private static final String TURNOVER = """
            select date_trunc('quarter', c.start_on)::date as quarter_start, 'STARTED' as kind, count(*) as n
            from case_collaboration c
            join case_summary s on s.case_id = c.case_id
            where s.unit_code = :unit and c.start_on between :from and :today
            group by 1
            union all
            select date_trunc('quarter', c.ended_on)::date, 'ENDED', count(*)
            from case_collaboration c
            join case_summary s on s.case_id = c.case_id
            where s.unit_code = :unit and c.status in ('COMPLETED', 'CANCELLED') and c.ended_on between :from and :today
            group by 1
            """;

    // The names advisers go by: as the unit's cases record their owners, else as their activities record them.
    private static final String NAMES = """
            select distinct on (owner) owner, owner_name as name
            from (
                select s.owner, s.owner_name, 1 as preference from case_summary s where s.unit_code = :unit
                union all
                select a.owner, a.owner_name, 2
                from case_activity a
                join case_summary s on s.case_id = a.case_id
                where s.unit_code = :unit
            ) named
            where owner is not null and owner_name is not null
            order by owner, preference, owner_name
            """;

    private final JdbcClient jdbc;

    LeaderFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Count> openCases(String unit) {
        return counts(OPEN_CASES, Map.of("unit", unit));
    }

    List<Count> activeCollaborations(String unit, LocalDate today) {
        return counts(ACTIVE_COLLABORATIONS, Map.of("unit", unit, "today", today));
    }

    List<Count> heldActivitiesByChannel(String unit, LocalDate from, LocalDate today) {
        return counts(HELD_ACTIVITIES_BY_CHANNEL, Map.of("unit", unit, "from", from, "today", today));
    }

    List<Count> servicesDelivered(String unit, LocalDate from, LocalDate today) {
        return counts(SERVICES_DELIVERED, Map.of("unit", unit, "from", from, "today", today));
    }

    List<Count> overduePlannedActivities(String unit, LocalDate today) {
        return counts(OVERDUE_PLANNED_ACTIVITIES, Map.of("unit", unit, "today", today));
    }

    /** Username to display name of the advisers who own the unit's cases or registered activities on them. */
    Map<String, String> names(String unit) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql(NAMES).param("unit", unit).query(rs -> {
            names.put(rs.getString("owner"), rs.getString("name"));
        });
        return names;
    }

    /** The unit's active collaborations, each with the org. numbers of its enterprises. */
    Map<Long, Set<String>> portfolio(String unit) {
        Map<Long, Set<String>> enterprises = new LinkedHashMap<>();
        jdbc.sql(PORTFOLIO).param("unit", unit).query(rs -> {
            enterprises
                    .computeIfAbsent(rs.getLong("collaboration_id"), id -> new TreeSet<>())
                    .add(rs.getString("org_number").trim());
        });
        return enterprises;
    }

    /** Started and ended collaborations per quarter (keyed by its first day) from {@code from} to {@code today}. */
    Map<LocalDate, int[]> turnover(String unit, LocalDate from, LocalDate today) {
        Map<LocalDate, int[]> byQuarter = new LinkedHashMap<>();
        jdbc.sql(TURNOVER)
                .param("unit", unit)
                .param("from", from)
                .param("today", today)
                .query(rs -> {
                    int[] counts = byQuarter.computeIfAbsent(
                            rs.getObject("quarter_start", LocalDate.class), day -> new int[2]);
                    counts["STARTED".equals(rs.getString("kind")) ? 0 : 1] += rs.getInt("n");
                });
        return byQuarter;
    }

    private List<Count> counts(String sql, Map<String, ?> parameters) {
        return jdbc.sql(sql)
                .params(parameters)
                .query((rs, row) -> new Count(rs.getString("adviser"), rs.getString("key"), rs.getInt("n")))
                .list();
    }
}
