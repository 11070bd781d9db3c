package no.iaverk.reports;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who got assistance in a period, for one centre ({@code unit}) or the whole country (null), counted as in the mapping
 * report's chapter 5: a TOP-level collaboration once, a UNIT-level one once per unit ("registrations"). Shares are
 * percentages with one decimal, null when nothing was counted.
 */
public record AssistanceReport(
        LocalDate from,
        LocalDate to,
        @Nullable String unit,
        Enterprises enterprises,
        Ended ended,
        List<SectorRow> bySectorAndLevel,
        List<IndustryRow> byIndustryAndLevel,
        List<UnitRow> byUnit,
        List<CountyRow> byCounty,
        List<MilestoneRow> milestonesByLevel,
        List<DurationRow> durations,
        Map<String, Integer> initiatedBy,
        Map<String, Integer> serviceAreas,
        MunicipalitiesReached municipalitiesReached,
        List<GatheringRow> unitsPerGathering,
        Participation participationAtUnitLevel,
        List<MeetingRow> meetingsWithLeaders,
        ProcessShare processShare) {

    /** Distinct enterprises, and registrations (TOP once, UNIT once per unit). */
    public record Enterprises(int unique, int registrations) {}

    /** Registrations ended by the period's end (completed and cancelled, counted apart) and still ongoing then. */
    public record Ended(int total, int completed, int cancelled, int ongoing) {}

    /** Tabell 5-1: registrations by sector and level. */
    public record SectorRow(ReportSector sector, int unitLevel, int topLevel, int total) {}

    /** Tabell 5-2: registrations by industry category and level. */
    public record IndustryRow(IndustryCategory category, int unitLevel, int topLevel, int total) {}

    /** Tabell 5-4 and 5-5 for one centre. */
    public record UnitRow(
            String unitCode, String name, @JsonUnwrapped CentreFigures figures) {}

    /** The same as {@link UnitRow} by the county the enterprise lies in. */
    public record CountyRow(
            String countyNumber, String name, @JsonUnwrapped CentreFigures figures) {}

    /** The Tabell 5-4 and 5-5 figures of a group of registrations; the with-counts and their shares are among the ended. */
    public record CentreFigures(
            int total,
            int ended,
            @Nullable BigDecimal endedShare,
            int cancelled,
            int endedUnderOneMonth,
            int withInitialMeeting,
            int withAssistanceStarted,
            int withProcessAssistance,
            @Nullable BigDecimal withInitialMeetingShare,
            @Nullable BigDecimal withAssistanceStartedShare,
            @Nullable BigDecimal withProcessAssistanceShare) {}

    /** Tabell 5-6: the share of each level's registrations that had reached the milestone by the period's end. */
    public record MilestoneRow(
            String milestone,
            int unitLevel,
            int topLevel,
            @Nullable BigDecimal unitLevelShare,
            @Nullable BigDecimal topLevelShare) {}

    /**
     * Municipal authorities (legal units of form KOMM) assisted at the top level in the period, out of today's
     * municipalities (the report's «208 of 356»).
     */
    public record MunicipalitiesReached(int reached, int of) {}

    /** Ended registrations by how long they lasted, ongoing ones by how long they had lasted at the period's end. */
    public record DurationRow(DurationBand band, int ended, int ongoing) {}

    /** Tabell 5-3: top-level registrations by the most units at one of their gatherings. */
    public record GatheringRow(CountBand units, int topLevel) {}

    /**
     * Figur 5-5: unit-level registrations with a meeting with the leader, the party group (the leader with a union or
     * safety representative) and the staff, their overlaps, those without a leader meeting and of them those with the
     * party group; shares of all unit-level ones.
     */
    public record Participation(
            int unitLevel,
            int leader,
            int partyGroup,
            int staff,
            int leaderAndPartyGroup,
            int leaderAndStaff,
            int partyGroupAndStaff,
            int allThree,
            int noLeader,
            int partyGroupWithoutLeader,
            @Nullable BigDecimal leaderShare,
            @Nullable BigDecimal partyGroupShare,
            @Nullable BigDecimal staffShare) {}

    /** Tabell 0-1/0-2: registrations of a level, ended or ongoing, with this many leader meetings, by duration. */
    public record MeetingRow(
            String level, boolean ended, CountBand meetings, Map<DurationBand, Integer> byDuration, int total) {}

    /** Registrations with process assistance among all. */
    public record ProcessShare(
            int process, int of, @Nullable BigDecimal share) {}
}
