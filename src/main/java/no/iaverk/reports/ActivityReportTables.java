package no.iaverk.reports;

import static no.iaverk.reports.AssistanceReports.share;
import static no.iaverk.reports.TableParts.FALSE;
import static no.iaverk.reports.TableParts.TRUE;
import static no.iaverk.reports.TableParts.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.iaverk.reports.ReportTable.Cell;
import no.iaverk.reports.ReportTable.Chart;
import no.iaverk.reports.ReportTable.Row;
import org.springframework.stereotype.Component;

/**
 * The report's tables from the activity log, as every output draws them: units per gathering (Tabell 5-3), who took
 * part at unit level (Figur 5-5) and meetings with leaders by duration (Tabell 0-1/0-2).
 */
@Component
class ActivityReportTables {

    private final TableParts parts;

    ActivityReportTables(TableParts parts) {
        this.parts = parts;
    }

    /** Tabell 5-3: top-level registrations by the most units at one of their gatherings. */
    ReportTable unitsPerGathering(AssistanceReport report) {
        List<Row> rows = report.unitsPerGathering().stream()
                .map(row -> new Row(
                        parts.text("report.countBand.units." + row.units()),
                        List.of(Cell.count(
                                row.topLevel(),
                                filter(
                                        "level",
                                        "TOP",
                                        "largestGathering",
                                        row.units().name()))),
                        false))
                .toList();
        return parts.table(
                "unitsPerGathering",
                "report.column.unitsAtGathering",
                List.of(parts.text("report.level.TOP")),
                rows,
                new Chart(List.of(0), parts.text("report.axis.count")));
    }

    /** Figur 5-5: unit-level registrations with a meeting with each group, and the overlaps, as shares of them all. */
    ReportTable participation(AssistanceReport report) {
        AssistanceReport.Participation p = report.participationAtUnitLevel();
        List<Row> rows = List.of(
                participant("leader", p.leader(), p.unitLevel(), "withLeader", TRUE),
                participant("partyGroup", p.partyGroup(), p.unitLevel(), "withPartyGroup", TRUE),
                participant("staff", p.staff(), p.unitLevel(), "withStaff", TRUE),
                participant(
                        "leaderAndPartyGroup",
                        p.leaderAndPartyGroup(),
                        p.unitLevel(),
                        "withLeader",
                        TRUE,
                        "withPartyGroup",
                        TRUE),
                participant("leaderAndStaff", p.leaderAndStaff(), p.unitLevel(), "withLeader", TRUE, "withStaff", TRUE),
                participant(
                        "partyGroupAndStaff",
                        p.partyGroupAndStaff(),
                        p.unitLevel(),
                        "withPartyGroup",
                        TRUE,
                        "withStaff",
                        TRUE),
                participant(
                        "allThree",
                        p.allThree(),
                        p.unitLevel(),
                        "withLeader",
                        TRUE,
                        "withPartyGroup",
                        TRUE,
                        "withStaff",
                        TRUE),
                participant("noLeader", p.noLeader(), p.unitLevel(), "withLeader", FALSE),
                participant(
                        "partyGroupWithoutLeader",
                        p.partyGroupWithoutLeader(),
                        p.unitLevel(),
                        "withLeader",
                        FALSE,
                        "withPartyGroup",
                        TRUE));
        return parts.table(
                "participation",
                "report.column.participants",
                List.of(parts.text("report.column.count"), parts.text("report.column.shareOfUnitLevel")),
                rows,
                new Chart(List.of(1), parts.text("report.axis.percent")));
    }

    private Row participant(String key, int count, int unitLevel, String... filterPairs) {
        String[] pairs = new String[filterPairs.length + 2];
        pairs[0] = "level";
        pairs[1] = "UNIT";
        System.arraycopy(filterPairs, 0, pairs, 2, filterPairs.length);
        Map<String, String> behind = filter(pairs);
        return new Row(
                parts.text("report.participation." + key),
                List.of(Cell.count(count, behind), Cell.share(share(count, unitLevel), behind)),
                false);
    }

    /**
     * Tabell 0-1 (top level) or 0-2 (unit level): registrations by their meetings with the leader and by duration,
     * ended and ongoing apart.
     */
    ReportTable meetingsWithLeaders(AssistanceReport report, boolean topLevel) {
        String level = topLevel ? "TOP" : "UNIT";
        List<Row> rows = new ArrayList<>();
        for (AssistanceReport.MeetingRow meeting : report.meetingsWithLeaders()) {
            if (!meeting.level().equals(level)) {
                continue;
            }
            String ended = meeting.ended() ? TRUE : FALSE;
            String band = meeting.meetings().name();
            List<Cell> cells = new ArrayList<>();
            meeting.byDuration()
                    .forEach((duration, count) -> cells.add(Cell.count(
                            count,
                            filter("level", level, "ended", ended, "leaderMeetings", band, "band", duration.name()))));
            cells.add(Cell.count(meeting.total(), filter("level", level, "ended", ended, "leaderMeetings", band)));
            rows.add(new Row(
                    parts.text(
                            meeting.ended() ? "report.meetings.ended" : "report.meetings.ongoing",
                            parts.text("report.countBand.meetings." + band)),
                    cells,
                    false));
        }
        List<String> columns = new ArrayList<>();
        for (DurationBand duration : DurationBand.values()) {
            columns.add(parts.text("report.band." + duration.name()));
        }
        columns.add(parts.text("report.total"));
        return parts.table(
                topLevel ? "meetingsTop" : "meetingsUnit", "report.column.leaderMeetings", columns, rows, null);
    }
}
