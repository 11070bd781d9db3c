package no.iaverk.reports;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Enterprises, cases and collaborations written straight into the cases and register tables in batches (as the
 * evaluation tests do), so that the report reads them through the published views; {@link #remove} deletes them. Org.
 * numbers start with 96, ids at 900 000 001: no other test uses them.
 */
final class AssistanceFixture {

    static final String MUNICIPALITY = "4601"; // Bergen, in Vestland (county 46)

    private static final long FIRST_ID = 900_000_001L;

    private final JdbcTemplate jdbc;
    private long nextOrg = 960_000_000L;
    private long nextCase = FIRST_ID;
    private long nextCollaboration = FIRST_ID;
    private final List<Object[]> enterprises = new ArrayList<>();
    private final List<Object[]> cases = new ArrayList<>();
    private final List<Collaboration> collaborations = new ArrayList<>();
    private final List<Object[]> milestones = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();

    record Activity(
            long collaborationId,
            LocalDate date,
            String channel,
            List<String> roles,
            @Nullable Integer unitCount,
            String status) {}

    record Collaboration(
            long id,
            long caseId,
            String level,
            List<String> units,
            LocalDate start,
            String status,
            @Nullable LocalDate endedOn,
            @Nullable String form,
            String initiatedBy,
            List<String> serviceAreas) {}

    AssistanceFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A legal unit with Brønnøysund's institutional sector code and the statistics sector NAV maps it to. */
    String legalUnit(String institutionalSectorCode, int sector) {
        return legalUnit(institutionalSectorCode, sector, "AS");
    }

    /** A legal unit of the organisation form given (KOMM for a municipality). */
    String legalUnit(String institutionalSectorCode, int sector, String organisationForm) {
        return legalUnit(institutionalSectorCode, sector, organisationForm, null, null);
    }

    /** A legal unit with its NACE code and industry programme (either may be null). */
    String legalUnit(
            String institutionalSectorCode,
            int sector,
            String organisationForm,
            @Nullable String naceCode,
            @Nullable String programme) {
        String org = Long.toString(nextOrg++);
        enterprises.add(new Object[] {
            org, "Juridisk " + org, organisationForm, false, null, institutionalSectorCode, sector, naceCode, programme
        });
        return org;
    }

    /** A sub-unit: no institutional code of its own, its legal unit's statistics sector (as the register keeps it). */
    String subUnit(String legalUnit, int sector) {
        return subUnit(legalUnit, sector, null, null);
    }

    /** A sub-unit with its NACE code and industry programme (either may be null). */
    String subUnit(String legalUnit, int sector, @Nullable String naceCode, @Nullable String programme) {
        String org = Long.toString(nextOrg++);
        enterprises.add(
                new Object[] {org, "Underenhet " + org, "BEDR", true, legalUnit, null, sector, naceCode, programme});
        return org;
    }

    long openCase(String orgNumber, String unitCode) {
        long id = nextCase++;
        cases.add(new Object[] {id, orgNumber, unitCode});
        return id;
    }

    long collaboration(
            long caseId,
            String level,
            List<String> units,
            LocalDate start,
            String status,
            @Nullable LocalDate endedOn,
            @Nullable String form,
            String initiatedBy,
            List<String> serviceAreas) {
        long id = nextCollaboration++;
        collaborations.add(
                new Collaboration(id, caseId, level, units, start, status, endedOn, form, initiatedBy, serviceAreas));
        return id;
    }

    /** The simplest kind: one case and one collaboration of the centre, process assistance begun by the centre. */
    long collaboration(
            String caseOrg,
            String unitCode,
            String level,
            List<String> units,
            LocalDate start,
            String status,
            @Nullable LocalDate endedOn) {
        return collaboration(
                openCase(caseOrg, unitCode),
                level,
                units,
                start,
                status,
                endedOn,
                "PROCESS",
                "CENTRE",
                List.of("REDUCE_SICK_LEAVE"));
    }

    void milestone(long collaborationId, String kind, LocalDate date) {
        milestones.add(new Object[] {collaborationId, kind, Date.valueOf(date)});
    }

    /** A contact in the collaboration's log, at noon on the date. */
    void activity(
            long collaborationId,
            LocalDate date,
            String channel,
            List<String> roles,
            @Nullable Integer unitCount,
            String status) {
        activities.add(new Activity(collaborationId, date, channel, roles, unitCount, status));
    }

    /** Writes what was added since the last flush. */
    void flush() {
        jdbc.batchUpdate(
                """
                insert into enterprise (org_number, name, name_search, organisation_form, sub_unit, parent_org_number,
                    institutional_sector_code, sector, nace_code, derived_programme, municipality_number)
                values (?, ?, lower(?), ?, ?, ?, ?, ?, ?, ?, '%s')
                """.formatted(MUNICIPALITY),
                enterprises.stream()
                        .map(row -> new Object[] {
                            row[0], row[1], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8]
                        })
                        .toList());
        jdbc.batchUpdate("""
                insert into ia_case (id, org_number, unit_code, background, status, owner, version, created_at,
                    changed_at)
                overriding system value
                values (?, ?, ?, 'CENTRE_INITIATIVE', 'ASSISTING', 'saksbehandler', 5, now(), now())
                """, cases);
        jdbc.execute((Connection connection) -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into collaboration (id, case_id, name, level, unit_org_numbers, initiated_by, service_areas,
                        start_date, planned_end_date, assistance_form, status, ended_at, created_by, created_at)
                    overriding system value
                    values (?, ?, 'Samarbeid', ?, ?, ?, ?, ?, ?::date + 365, ?, ?,
                        (?::date + time '12:00') at time zone 'Europe/Oslo', 'saksbehandler', now())
                    """)) {
                for (Collaboration c : collaborations) {
                    insert.setLong(1, c.id());
                    insert.setLong(2, c.caseId());
                    insert.setString(3, c.level());
                    insert.setArray(4, textArray(connection, c.units()));
                    insert.setString(5, c.initiatedBy());
                    insert.setArray(6, textArray(connection, c.serviceAreas()));
                    insert.setDate(7, Date.valueOf(c.start()));
                    insert.setDate(8, Date.valueOf(c.start()));
                    insert.setString(9, c.form());
                    insert.setString(10, c.status());
                    insert.setDate(11, c.endedOn() == null ? null : Date.valueOf(c.endedOn()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
        jdbc.batchUpdate(
                "insert into collaboration_milestone (collaboration_id, kind, date) values (?, ?, ?)", milestones);
        jdbc.execute((Connection connection) -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into activity (case_id, collaboration_id, starts_at, channel, participant_roles, unit_count,
                        status, owner, owner_name, created_at)
                    select case_id, id, (?::date + time '12:00') at time zone 'Europe/Oslo', ?, ?, ?, ?,
                        'saksbehandler', 'Saksbehandler', now()
                    from collaboration where id = ?
                    """)) {
                for (Activity a : activities) {
                    insert.setDate(1, Date.valueOf(a.date()));
                    insert.setString(2, a.channel());
                    insert.setArray(3, textArray(connection, a.roles()));
                    insert.setObject(4, a.unitCount(), java.sql.Types.INTEGER);
                    insert.setString(5, a.status());
                    insert.setLong(6, a.collaborationId());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
        enterprises.clear();
        cases.clear();
        collaborations.clear();
        milestones.clear();
        activities.clear();
    }

    static void remove(JdbcTemplate jdbc) {
        jdbc.update("delete from collaboration_milestone where collaboration_id >= ?", FIRST_ID);
        jdbc.update("delete from activity where case_id >= ?", FIRST_ID);
        jdbc.update("delete from collaboration where id >= ?", FIRST_ID);
        jdbc.update("delete from ia_case where id >= ?", FIRST_ID);
        jdbc.update("delete from enterprise where org_number like '96%'");
    }

    private static Array textArray(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }
}
