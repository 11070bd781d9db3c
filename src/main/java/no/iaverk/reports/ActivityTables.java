package no.iaverk.reports;

import static no.iaverk.reports.AssistanceReports.share;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import no.iaverk.cases.Collaboration.AssistanceForm;
import no.iaverk.cases.Collaboration.Level;
import no.iaverk.reports.AssistanceRegistrations.Meetings;
import no.iaverk.reports.AssistanceRegistrations.Registration;

/**
 * The assistance report's tables from the activity log (the mapping report's §5.3): units per gathering (Tabell 5-3),
 * who took part at unit level (Figur 5-5), meetings with leaders by duration (Tabell 0-1/0-2), and the process share. A
 * meeting is a done physical or digital meeting or gathering of the collaboration, dated by the period's end.
 */
final class ActivityTables {

    private ActivityTables() {}

    /**
     * Tabell 5-3: top-level registrations that held gatherings with a known number of units, by the most units at one
     * of them (the report counts enterprises, N=577, not gatherings). Bands from ONE; NONE never occurs.
     */
    static List<AssistanceReport.GatheringRow> unitsPerGathering(List<Registration> rows) {
        Map<CountBand, Integer> counts = new LinkedHashMap<>();
        for (CountBand band : CountBand.values()) {
            if (band != CountBand.NONE) {
                counts.put(band, 0);
            }
        }
        rows.stream()
                .filter(row -> row.level() == Level.TOP)
                .map(row -> row.meetings().largestGathering())
                .filter(units -> units != null && units > 0)
                .forEach(units -> counts.merge(CountBand.of(units), 1, Integer::sum));
        return counts.entrySet().stream()
                .map(band -> new AssistanceReport.GatheringRow(band.getKey(), band.getValue()))
                .toList();
    }

    /** Figur 5-5: unit-level registrations with at least one meeting with each group, and the overlaps. */
    static AssistanceReport.Participation participationAtUnitLevel(List<Registration> rows) {
        List<Meetings> unit = rows.stream()
                .filter(row -> row.level() == Level.UNIT)
                .map(Registration::meetings)
                .toList();
        Predicate<Meetings> leader = meetings -> meetings.withLeader() > 0;
        Predicate<Meetings> partyGroup = meetings -> meetings.withPartyGroup() > 0;
        Predicate<Meetings> staff = meetings -> meetings.withStaff() > 0;
        int withLeader = count(unit, leader);
        int withPartyGroup = count(unit, partyGroup);
        int withStaff = count(unit, staff);
        return new AssistanceReport.Participation(
                unit.size(),
                withLeader,
                withPartyGroup,
                withStaff,
                count(unit, leader.and(partyGroup)),
                count(unit, leader.and(staff)),
                count(unit, partyGroup.and(staff)),
                count(unit, leader.and(partyGroup).and(staff)),
                count(unit, leader.negate()),
                count(unit, leader.negate().and(partyGroup)),
                share(withLeader, unit.size()),
                share(withPartyGroup, unit.size()),
                share(withStaff, unit.size()));
    }

    /**
     * Tabell 0-1 (top level) and 0-2 (unit level): registrations by the band of their meetings with the leader and
     * the duration band, ended and ongoing apart; a row for every level, state and meeting band.
     */
    static List<AssistanceReport.MeetingRow> meetingsWithLeaders(List<Registration> rows) {
        List<AssistanceReport.MeetingRow> table = new ArrayList<>();
        for (Level level : List.of(Level.UNIT, Level.TOP)) {
            for (boolean ended : List.of(true, false)) {
                for (CountBand meetings : CountBand.values()) {
                    List<Registration> cell = rows.stream()
                            .filter(row -> row.level() == level
                                    && row.ended() == ended
                                    && CountBand.of(row.meetings().withLeader()) == meetings)
                            .toList();
                    Map<DurationBand, Integer> byDuration = new LinkedHashMap<>();
                    for (DurationBand band : DurationBand.values()) {
                        byDuration.put(band, (int) cell.stream()
                                .filter(row -> DurationBand.of(row.months()) == band)
                                .count());
                    }
                    table.add(new AssistanceReport.MeetingRow(level.name(), ended, meetings, byDuration, cell.size()));
                }
            }
        }
        return table;
    }

    /** Registrations whose form of assistance is process assistance, among all. */
    static AssistanceReport.ProcessShare processShare(List<Registration> rows) {
        int process = (int) rows.stream()
                .filter(row -> row.assistanceForm() == AssistanceForm.PROCESS)
                .count();
        return new AssistanceReport.ProcessShare(process, rows.size(), share(process, rows.size()));
    }

    private static int count(List<Meetings> meetings, Predicate<Meetings> which) {
        return (int) meetings.stream().filter(which).count();
    }
}
