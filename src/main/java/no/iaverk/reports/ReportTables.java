package no.iaverk.reports;

import static no.iaverk.reports.TableParts.FALSE;
import static no.iaverk.reports.TableParts.TRUE;
import static no.iaverk.reports.TableParts.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import no.iaverk.reports.AssistanceReport.CentreFigures;
import no.iaverk.reports.ReportTable.Cell;
import no.iaverk.reports.ReportTable.Chart;
import no.iaverk.reports.ReportTable.Row;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The assistance report as an ordered list of {@link ReportTable}s, the one place that says which tables the page, the
 * workbook and the PDF show, in which order, with which labels and which list of collaborations lies behind each
 * figure (the filters of {@code /rapporter/samarbeid}). A new table is one method here and one line in {@link #of}.
 */
@Service
public class ReportTables {

    private final TableParts parts;
    private final ActivityReportTables activities;

    ReportTables(TableParts parts, ActivityReportTables activities) {
        this.parts = parts;
        this.activities = activities;
    }

    public List<ReportTable> of(AssistanceReport report) {
        List<Group> centres = report.byUnit().stream()
                .map(row -> new Group(row.unitCode(), row.name(), row.figures()))
                .toList();
        List<Group> counties = report.byCounty().stream()
                .map(row -> new Group(row.countyNumber(), row.name(), row.figures()))
                .toList();
        return List.of(
                summary(report),
                sectors(report),
                industries(report),
                groupsEnded("centres", "centre", centres),
                groupsContent("centresContent", "centre", centres),
                groupsEnded("counties", "countyNumber", counties),
                groupsContent("countiesContent", "countyNumber", counties),
                milestones(report),
                durations(report),
                counted("initiatedBy", "initiatedBy", "collaboration.initiatedBy.", report.initiatedBy()),
                counted("serviceAreas", "serviceArea", "collaboration.serviceArea.", report.serviceAreas()),
                activities.unitsPerGathering(report),
                activities.participation(report),
                activities.meetingsWithLeaders(report, true),
                activities.meetingsWithLeaders(report, false));
    }

    private ReportTable summary(AssistanceReport report) {
        var ended = report.ended();
        List<Row> rows = List.of(
                parts.row(
                        "report.summary.unique", Cell.count(report.enterprises().unique(), null)),
                parts.row(
                        "report.summary.registrations",
                        Cell.count(report.enterprises().registrations(), filter())),
                parts.row("report.summary.ended", Cell.count(ended.total(), filter("ended", TRUE))),
                parts.row(
                        "report.summary.completed",
                        Cell.count(ended.completed(), filter("ended", TRUE, "status", "COMPLETED"))),
                parts.row(
                        "report.summary.cancelled",
                        Cell.count(ended.cancelled(), filter("ended", TRUE, "status", "CANCELLED"))),
                parts.row("report.summary.ongoing", Cell.count(ended.ongoing(), filter("ended", FALSE))),
                new Row(
                        parts.text(
                                "report.summary.process", report.processShare().of()),
                        List.of(Cell.count(report.processShare().process(), filter("withProcessAssistance", TRUE))),
                        false),
                new Row(
                        parts.text("report.summary.processShare"),
                        List.of(Cell.share(report.processShare().share(), filter("withProcessAssistance", TRUE))),
                        false),
                new Row(
                        parts.text(
                                "report.summary.municipalities",
                                report.municipalitiesReached().of()),
                        List.of(Cell.count(report.municipalitiesReached().reached(), null)),
                        false));
        return parts.table("summary", "report.column.item", List.of(parts.text("report.column.count")), rows, null);
    }

    /** A count at each level, of one sector (Tabell 5-1) or industry category (Tabell 5-2). */
    private record LevelCount(String code, int unitLevel, int topLevel, int total) {}

    /** Tabell 5-1: registrations by sector and level, with the totals. */
    private ReportTable sectors(AssistanceReport report) {
        return byLevel(
                "sectors",
                "sector",
                "report.sector.",
                report.bySectorAndLevel().stream()
                        .map(row -> new LevelCount(row.sector().name(), row.unitLevel(), row.topLevel(), row.total()))
                        .toList());
    }

    /** Tabell 5-2: registrations by industry category and level, with the totals. */
    private ReportTable industries(AssistanceReport report) {
        return byLevel(
                "industries",
                "category",
                "reports.industry.",
                report.byIndustryAndLevel().stream()
                        .map(row -> new LevelCount(row.category().name(), row.unitLevel(), row.topLevel(), row.total()))
                        .toList());
    }

    private ReportTable byLevel(String key, String parameter, String labelPrefix, List<LevelCount> counts) {
        List<Row> rows = new ArrayList<>();
        int unit = 0;
        int top = 0;
        for (LevelCount count : counts) {
            rows.add(new Row(
                    parts.text(labelPrefix + count.code()),
                    List.of(
                            Cell.count(count.unitLevel(), filter(parameter, count.code(), "level", "UNIT")),
                            Cell.count(count.topLevel(), filter(parameter, count.code(), "level", "TOP")),
                            Cell.count(count.total(), filter(parameter, count.code()))),
                    false));
            unit += count.unitLevel();
            top += count.topLevel();
        }
        rows.add(new Row(
                parts.text("report.total"),
                List.of(
                        Cell.count(unit, filter("level", "UNIT")),
                        Cell.count(top, filter("level", "TOP")),
                        Cell.count(unit + top, filter())),
                true));
        return parts.table(
                key,
                "report.column." + parameter,
                List.of(parts.text("report.level.UNIT"), parts.text("report.level.TOP"), parts.text("report.total")),
                rows,
                new Chart(List.of(0, 1), parts.text("report.axis.count")));
    }

    /** A row of the by-centre or by-county tables: its code (the list's filter value), name and figures. */
    private record Group(String code, String name, CentreFigures figures) {}

    /** Tabell 5-4 by centre or county: how many, how many ended, their share, and those ended within a month. */
    private ReportTable groupsEnded(String key, String parameter, List<Group> groups) {
        return byGroup(
                key,
                parameter,
                groups,
                List.of("total", "ended", "endedShare", "endedUnderOneMonth"),
                (f, value) -> List.of(
                        Cell.count(f.total(), filter(parameter, value)),
                        Cell.count(f.ended(), filter(parameter, value, "ended", TRUE)),
                        Cell.share(f.endedShare(), filter(parameter, value, "ended", TRUE)),
                        Cell.count(
                                f.endedUnderOneMonth(),
                                filter(parameter, value, "ended", TRUE, "underOneMonth", TRUE))),
                new Chart(List.of(0, 1), parts.text("report.axis.count")));
    }

    /** Tabell 5-5 by centre or county: among the ended, the share with each milestone and with process assistance. */
    private ReportTable groupsContent(String key, String parameter, List<Group> groups) {
        return byGroup(
                key,
                parameter,
                groups,
                List.of("ended", "withInitialMeeting", "withAssistanceStarted", "withProcessAssistance"),
                (f, value) -> List.of(
                        Cell.count(f.ended(), filter(parameter, value, "ended", TRUE)),
                        Cell.share(
                                f.withInitialMeetingShare(),
                                filter(parameter, value, "ended", TRUE, "withInitialMeeting", TRUE)),
                        Cell.share(
                                f.withAssistanceStartedShare(),
                                filter(parameter, value, "ended", TRUE, "withAssistanceStarted", TRUE)),
                        Cell.share(
                                f.withProcessAssistanceShare(),
                                filter(parameter, value, "ended", TRUE, "withProcessAssistance", TRUE))),
                null);
    }

    private ReportTable byGroup(
            String key,
            String parameter,
            List<Group> groups,
            List<String> columnKeys,
            BiFunction<CentreFigures, String, List<Cell>> cells,
            @Nullable Chart chart) {
        List<Row> rows = groups.stream()
                .map(group -> new Row(group.name(), cells.apply(group.figures(), group.code()), false))
                .toList();
        List<String> columns = columnKeys.stream()
                .map(column -> parts.text("report.column." + column))
                .toList();
        return parts.table(key, "report.column." + parameter, columns, rows, chart);
    }

    /** Tabell 5-6: each milestone reached by the period's end, by level; ENDED is an end by then. */
    private ReportTable milestones(AssistanceReport report) {
        List<Row> rows = new ArrayList<>();
        for (AssistanceReport.MilestoneRow milestone : report.milestonesByLevel()) {
            String kind = milestone.milestone();
            Function<String, Map<String, String>> behind = level -> "ENDED".equals(kind)
                    ? filter("level", level, "ended", TRUE)
                    : filter("level", level, "milestone", kind);
            rows.add(new Row(
                    parts.text("collaboration.milestone." + kind),
                    List.of(
                            Cell.count(milestone.unitLevel(), behind.apply("UNIT")),
                            Cell.share(milestone.unitLevelShare(), behind.apply("UNIT")),
                            Cell.count(milestone.topLevel(), behind.apply("TOP")),
                            Cell.share(milestone.topLevelShare(), behind.apply("TOP"))),
                    false));
        }
        return parts.table(
                "milestones",
                "report.column.milestone",
                List.of(
                        parts.text("report.column.unitCount"),
                        parts.text("report.column.unitShare"),
                        parts.text("report.column.topCount"),
                        parts.text("report.column.topShare")),
                rows,
                new Chart(List.of(1, 3), parts.text("report.axis.percent")));
    }

    private ReportTable durations(AssistanceReport report) {
        List<Row> rows = new ArrayList<>();
        for (AssistanceReport.DurationRow duration : report.durations()) {
            String band = duration.band().name();
            rows.add(new Row(
                    parts.text("report.band." + band),
                    List.of(
                            Cell.count(duration.ended(), filter("band", band, "ended", TRUE)),
                            Cell.count(duration.ongoing(), filter("band", band, "ended", FALSE))),
                    false));
        }
        return parts.table(
                "durations",
                "report.column.band",
                List.of(parts.text("report.column.ended"), parts.text("report.column.ongoing")),
                rows,
                new Chart(List.of(0, 1), parts.text("report.axis.count")));
    }

    /** A one-column table of counts by a collaboration's enum (who took the initiative, service areas). */
    private ReportTable counted(String key, String parameter, String labelPrefix, Map<String, Integer> counts) {
        List<Row> rows = counts.entrySet().stream()
                .map(count -> new Row(
                        parts.text(labelPrefix + count.getKey()),
                        List.of(Cell.count(count.getValue(), filter(parameter, count.getKey()))),
                        false))
                .toList();
        return parts.table(
                key,
                "report.column." + parameter,
                List.of(parts.text("report.column.count")),
                rows,
                new Chart(List.of(0), parts.text("report.axis.count")));
    }
}
