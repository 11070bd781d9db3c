package no.iaverk.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two units' cases, collaborations and activities written straight into the cases tables (read back through the
 * published views), call-list candidates for the rule sets, and a rule set of each unit. Ids from 880 000 001, org.
 * numbers 9790000nn, units LEDER-A and LEDER-B: no other test uses them. {@link #remove} deletes it all.
 */
final class LeadersFixture {

    static final String UNIT_A = "LEDER-A";
    static final String UNIT_B = "LEDER-B";
    static final String UNIT_A_NAME = "Lederenhet A";
    static final String UNIT_B_NAME = "Lederenhet B";
    static final String UNIT_A_RULE = "Minst 1 % sykefravær (A)";
    static final String UNIT_B_RULE = "Egen regel for B";

    private static final long FIRST_ID = 880_000_001L;
    private static final long LAST_ID = 880_999_999L;

    private final JdbcTemplate jdbc;
    private long nextId = FIRST_ID;

    LeadersFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void units() {
        jdbc.update(
                "insert into nav_unit (code, name) values (?, ?), (?, ?)", UNIT_A, UNIT_A_NAME, UNIT_B, UNIT_B_NAME);
        ruleSet(
                UNIT_A,
                UNIT_A_RULE,
                "{\"groups\": [[{\"field\": \"PERCENT\", \"operator\": \"AT_LEAST\", \"value\": 1}]]}");
        ruleSet(
                UNIT_B,
                UNIT_B_RULE,
                "{\"groups\": [[{\"field\": \"EMPLOYEES\", \"operator\": \"AT_LEAST\", \"value\": 1}]]}");
    }

    private void ruleSet(String unit, String name, String definition) {
        jdbc.update(
                "insert into rule_set (name, unit_code, definition, created_by) values (?, ?, ?::jsonb, 'test')",
                name,
                unit,
                definition);
    }

    static String org(int n) {
        return "9790000%02d".formatted(n);
    }

    /** A call-list candidate; null percent and trend = masked (fewer than five persons' figures). */
    void candidate(String org, int employees, @Nullable String percent, @Nullable String trend) {
        jdbc.update(
                """
                insert into priority_candidate (org_number, name, employees, has_statistics, masked, percent, trend)
                values (?, ?, ?, true, ?, ?, ?)
                """,
                org,
                "Kandidat " + org,
                employees,
                percent == null,
                percent == null ? null : new BigDecimal(percent),
                trend == null ? null : new BigDecimal(trend));
    }

    long caseOf(String org, String unit, String status, @Nullable String owner) {
        long id = nextId++;
        jdbc.update("""
                insert into ia_case (id, org_number, unit_code, background, status, owner, owner_name, version,
                    created_at, changed_at, closed_at)
                overriding system value
                values (?, ?, ?, 'CENTRE_INITIATIVE', ?, ?, ?, 5, now(), now(),
                    case when ? in ('COMPLETED', 'NOT_RELEVANT') then now() end)
                """, id, org, unit, status, owner, owner == null ? null : name(owner), status);
        return id;
    }

    long collaboration(
            long caseId,
            String level,
            List<String> units,
            LocalDate start,
            LocalDate plannedEnd,
            String status,
            @Nullable LocalDate endedOn) {
        long id = nextId++;
        jdbc.update("""
                insert into collaboration (id, case_id, name, level, unit_org_numbers, initiated_by, service_areas,
                    start_date, planned_end_date, assistance_form, status, ended_at, created_by, created_at)
                overriding system value
                values (?, ?, 'Samarbeid', ?, ?::text[], 'CENTRE', '{REDUCE_SICK_LEAVE}', ?, ?, 'PROCESS', ?,
                    (?::date + time '12:00') at time zone 'Europe/Oslo', 'test', now())
                """, id, caseId, level, "{" + String.join(",", units) + "}", start, plannedEnd, status, endedOn);
        return id;
    }

    void activity(
            long caseId, String owner, LocalDate day, String channel, String status, @Nullable String serviceArea) {
        jdbc.update("""
                insert into activity (id, case_id, starts_at, channel, service_area, status, owner, owner_name,
                    created_at)
                overriding system value
                values (?, ?, (?::date + time '12:00') at time zone 'Europe/Oslo', ?, ?, ?, ?, ?, now())
                """, nextId++, caseId, day, channel, serviceArea, status, owner, name(owner));
    }

    /** The display name the fixture gives an adviser: «Rådgiver ada». */
    static String name(String username) {
        return "Rådgiver " + username;
    }

    static void remove(JdbcTemplate jdbc) {
        jdbc.update("delete from activity where id between ? and ?", FIRST_ID, LAST_ID);
        jdbc.update("delete from collaboration where id between ? and ?", FIRST_ID, LAST_ID);
        jdbc.update("delete from ia_case where id between ? and ?", FIRST_ID, LAST_ID);
        jdbc.update("delete from priority_candidate where org_number like '9790000%'");
        jdbc.update("delete from rule_set where unit_code in (?, ?)", UNIT_A, UNIT_B);
        jdbc.update("delete from nav_unit where code in (?, ?)", UNIT_A, UNIT_B);
    }
}
