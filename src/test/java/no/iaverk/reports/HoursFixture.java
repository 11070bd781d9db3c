package no.iaverk.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Centres, enterprises, cases, collaborations and activities with adviser hours, written straight into the tables so
 * that the reports read them through the published views; {@link #remove} deletes them. Org. numbers start with 953,
 * case and collaboration ids at 800 000 001, centres with HOURS-: no other test uses them.
 */
final class HoursFixture {

    private static final long FIRST_ID = 800_000_001L;
    private static final long LAST_ID = 800_999_999L;

    private final JdbcTemplate jdbc;
    private long nextOrg = 953_000_000L;
    private long nextId = FIRST_ID;

    HoursFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void centre(String code) {
        jdbc.update("insert into nav_unit (code, name) values (?, ?)", code, "Senter " + code);
    }

    /** A legal unit or (with {@code parent}) a sub-unit, in an industry programme or none. */
    String enterprise(@Nullable String parent, @Nullable String programme) {
        String org = Long.toString(nextOrg++);
        jdbc.update(
                """
                insert into enterprise (org_number, name, name_search, organisation_form, sub_unit, parent_org_number,
                    industry, sector, derived_programme, municipality_number)
                values (?, ?, lower(?), ?, ?, ?, '88', 3, ?, '4601')
                """,
                org,
                "Virksomhet " + org,
                "Virksomhet " + org,
                parent == null ? "AS" : "BEDR",
                parent != null,
                parent,
                programme);
        return org;
    }

    long openCase(String orgNumber, String centre) {
        long id = nextId++;
        jdbc.update("""
                insert into ia_case (id, org_number, unit_code, background, status, owner, version, created_at,
                    changed_at)
                overriding system value
                values (?, ?, ?, 'CENTRE_INITIATIVE', 'ASSISTING', 'saksbehandler', 5, now(), now())
                """, id, orgNumber, centre);
        return id;
    }

    long collaboration(long caseId, String level, List<String> units, LocalDate start, @Nullable String form) {
        long id = nextId++;
        jdbc.update("""
                insert into collaboration (id, case_id, name, level, unit_org_numbers, initiated_by, service_areas,
                    start_date, planned_end_date, assistance_form, status, created_by, created_at)
                overriding system value
                values (?, ?, ?, ?, ?::text[], 'CENTRE', '{REDUCE_SICK_LEAVE}', ?, ?::date + 365, ?, 'ACTIVE',
                    'saksbehandler', now())
                """, id, caseId, "Samarbeid " + id, level, "{" + String.join(",", units) + "}", start, start, form);
        return id;
    }

    void assistanceStarted(long collaborationId, LocalDate date) {
        jdbc.update(
                "insert into collaboration_milestone (collaboration_id, kind, date) values (?, 'ASSISTANCE_STARTED', ?)",
                collaborationId,
                date);
    }

    /** An activity at {@code startsAt} (ISO with offset), held, planned or cancelled, with hours or none. */
    void activity(
            long caseId,
            @Nullable Long collaborationId,
            String startsAt,
            String status,
            String owner,
            @Nullable String hours) {
        jdbc.update(
                """
                insert into activity (case_id, collaboration_id, starts_at, channel, participant_roles, status, owner,
                    owner_name, created_at, adviser_hours)
                values (?, ?, ?::timestamptz, 'MEETING', '{LEADER}', ?, ?, ?, now(), ?)
                """,
                caseId,
                collaborationId,
                startsAt,
                status,
                owner,
                owner,
                hours == null ? null : new BigDecimal(hours));
    }

    static void remove(JdbcTemplate jdbc) {
        jdbc.update("delete from activity where case_id between ? and ?", FIRST_ID, LAST_ID);
        jdbc.update("delete from collaboration_milestone where collaboration_id between ? and ?", FIRST_ID, LAST_ID);
        jdbc.update("delete from collaboration where id between ? and ?", FIRST_ID, LAST_ID);
        jdbc.update("delete from ia_case where id between ? and ?", FIRST_ID, LAST_ID);
        jdbc.update("delete from enterprise where org_number like '953%'");
        jdbc.update("delete from nav_unit where code like 'HOURS-%'");
    }
}
