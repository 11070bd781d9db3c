package no.iaverk.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.iaverk.reports.AssistanceReport.CentreFigures;
import no.iaverk.reports.ReportTable.Cell;
import no.iaverk.reports.ReportTable.Chart;
import no.iaverk.reports.ReportTable.Row;
import no.iaverk.shared.MessageBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The assistance report as an ordered list of {@link ReportTable}s, the one place that says which tables the page, the
 * workbook and the PDF show, in which order, with which labels and which list of collaborations lies behind each
 * figure (the filters of {@code /rapporter/samarbeid}). A new table is one method here and one line in {@link #of}.
 */
@Service
public class ReportTables {

    private static final String TRUE = "true";
    private static final String FALSE = "false";

    private final MessageSource messages;

    ReportTables(MessageSource messages) {
        this.messages = messages;
    }

    public List<ReportTable> of(AssistanceReport report) {
        return List.of(
                summary(report),
                sectors(report),
                centresEnded(
                        "centres",
                        "centre",
                        report.byUnit(),
                        AssistanceReport.UnitRow::unitCode,
                        row -> row.name(),
                        AssistanceReport.UnitRow::figures),
                centresContent(
                        "centresContent",
                        "centre",
                        report.byUnit(),
                        AssistanceReport.UnitRow::unitCode,
                        row -> row.name(),
                        AssistanceReport.UnitRow::figures),
                centresEnded(
                        "counties",
                        "countyNumber",
                        report.byCounty(),
                        AssistanceReport.CountyRow::countyNumber,
                        row -> row.name(),
                        AssistanceReport.CountyRow::figures),
                centresContent(
                        "countiesContent",
                        "countyNumber",
                        report.byCounty(),
                        AssistanceReport.CountyRow::countyNumber,
                        row -> row.name(),
                        AssistanceReport.CountyRow::figures),
                milestones(report),
                durations(report),
                counted("initiatedBy", "initiatedBy", "collaboration.initiatedBy.", report.initiatedBy()),
                counted("serviceAreas", "serviceArea", "collaboration.serviceArea.", report.serviceAreas()));
    }

    private ReportTable summary(AssistanceReport report) {
        var ended = report.ended();
        List<Row> rows = List.of(
                row("report.summary.unique", Cell.count(report.enterprises().unique(), null)),
                row(
                        "report.summary.registrations",
                        Cell.count(report.enterprises().registrations(), filter())),
                row("report.summary.ended", Cell.count(ended.total(), filter("ended", TRUE))),
                row(
                        "report.summary.completed",
                        Cell.count(ended.completed(), filter("ended", TRUE, "status", "COMPLETED"))),
                row(
                        "report.summary.cancelled",
                        Cell.count(ended.cancelled(), filter("ended", TRUE, "status", "CANCELLED"))),
                row("report.summary.ongoing", Cell.count(ended.ongoing(), filter("ended", FALSE))),
                new Row(
                        text(
                                "report.summary.municipalities",
                                report.municipalitiesReached().of()),
                        List.of(Cell.count(report.municipalitiesReached().reached(), null)),
                        false));
        return table("summary", "report.column.item", List.of(text("report.column.count")), rows, null);
    }

    /** Tabell 5-1: registrations by sector and level, with the totals. */
    private ReportTable sectors(AssistanceReport report) {
        List<Row> rows = new ArrayList<>();
        int unit = 0;
        int top = 0;
        for (AssistanceReport.SectorRow sector : report.bySectorAndLevel()) {
            String code = sector.sector().name();
            rows.add(new Row(
                    text("report.sector." + code),
                    List.of(
                            Cell.count(sector.unitLevel(), filter("sector", code, "level", "UNIT")),
                            Cell.count(sector.topLevel(), filter("sector", code, "level", "TOP")),
                            Cell.count(sector.total(), filter("sector", code))),
                    false));
            unit += sector.unitLevel();
            top += sector.topLevel();
        }
        rows.add(new Row(
                text("report.total"),
                List.of(
                        Cell.count(unit, filter("level", "UNIT")),
                        Cell.count(top, filter("level", "TOP")),
                        Cell.count(unit + top, filter())),
                true));
        return table(
                "sectors",
                "report.column.sector",
                List.of(text("report.level.UNIT"), text("report.level.TOP"), text("report.total")),
                rows,
                new Chart(List.of(0, 1), text("report.axis.count")));
    }

    /** Tabell 5-4 by centre or county: how many, how many ended, their share, and those ended within a month. */
    private <R> ReportTable centresEnded(
            String key,
            String parameter,
            List<R> groups,
            Function<R, String> code,
            Function<R, String> name,
            Function<R, CentreFigures> figures) {
        List<Row> rows = new ArrayList<>();
        for (R group : groups) {
            CentreFigures f = figures.apply(group);
            String value = code.apply(group);
            rows.add(new Row(
                    name.apply(group),
                    List.of(
                            Cell.count(f.total(), filter(parameter, value)),
                            Cell.count(f.ended(), filter(parameter, value, "ended", TRUE)),
                            Cell.share(f.endedShare(), filter(parameter, value, "ended", TRUE)),
                            Cell.count(
                                    f.endedUnderOneMonth(),
                                    filter(parameter, value, "ended", TRUE, "underOneMonth", TRUE))),
                    false));
        }
        return table(
                key,
                "report.column." + parameter,
                List.of(
                        text("report.column.total"),
                        text("report.column.ended"),
                        text("report.column.endedShare"),
                        text("report.column.endedUnderOneMonth")),
                rows,
                new Chart(List.of(0, 1), text("report.axis.count")));
    }

    /** Tabell 5-5 by centre or county: among the ended, the share with each milestone and with process assistance. */
    private <R> ReportTable centresContent(
            String key,
            String parameter,
            List<R> groups,
            Function<R, String> code,
            Function<R, String> name,
            Function<R, CentreFigures> figures) {
        List<Row> rows = new ArrayList<>();
        for (R group : groups) {
            CentreFigures f = figures.apply(group);
            String value = code.apply(group);
            rows.add(new Row(
                    name.apply(group),
                    List.of(
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
                    false));
        }
        return table(
                key,
                "report.column." + parameter,
                List.of(
                        text("report.column.ended"),
                        text("report.column.withInitialMeeting"),
                        text("report.column.withAssistanceStarted"),
                        text("report.column.withProcessAssistance")),
                rows,
                null);
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
                    text("collaboration.milestone." + kind),
                    List.of(
                            Cell.count(milestone.unitLevel(), behind.apply("UNIT")),
                            Cell.share(milestone.unitLevelShare(), behind.apply("UNIT")),
                            Cell.count(milestone.topLevel(), behind.apply("TOP")),
                            Cell.share(milestone.topLevelShare(), behind.apply("TOP"))),
                    false));
        }
        return table(
                "milestones",
                "report.column.milestone",
                List.of(
                        text("report.column.unitCount"),
                        text("report.column.unitShare"),
                        text("report.column.topCount"),
                        text("report.column.topShare")),
                rows,
                new Chart(List.of(1, 3), text("report.axis.percent")));
    }

    private ReportTable durations(AssistanceReport report) {
        List<Row> rows = new ArrayList<>();
        for (AssistanceReport.DurationRow duration : report.durations()) {
            String band = duration.band().name();
            rows.add(new Row(
                    text("report.band." + band),
                    List.of(
                            Cell.count(duration.ended(), filter("band", band, "ended", TRUE)),
                            Cell.count(duration.ongoing(), filter("band", band, "ended", FALSE))),
                    false));
        }
        return table(
                "durations",
                "report.column.band",
                List.of(text("report.column.ended"), text("report.column.ongoing")),
                rows,
                new Chart(List.of(0, 1), text("report.axis.count")));
    }

    /** A one-column table of counts by a collaboration's enum (who took the initiative, service areas). */
    private ReportTable counted(String key, String parameter, String labelPrefix, Map<String, Integer> counts) {
        List<Row> rows = counts.entrySet().stream()
                .map(count -> new Row(
                        text(labelPrefix + count.getKey()),
                        List.of(Cell.count(count.getValue(), filter(parameter, count.getKey()))),
                        false))
                .toList();
        return table(
                key,
                "report.column." + parameter,
                List.of(text("report.column.count")),
                rows,
                new Chart(List.of(0), text("report.axis.count")));
    }

    private ReportTable table(
            String key, String rowHeadingKey, List<String> columns, List<Row> rows, @Nullable Chart chart) {
        String note = messages.getMessage("report.table." + key + ".note", null, null, MessageBundle.NORWEGIAN);
        return new ReportTable(key, text("report.table." + key), note, text(rowHeadingKey), columns, rows, chart);
    }

    private Row row(String labelKey, Cell cell) {
        return new Row(text(labelKey), List.of(cell), false);
    }

    /** The list's query parameters, in the order given: name, value, name, value, ... */
    private static Map<String, String> filter(String... pairs) {
        Map<String, String> filter = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            filter.put(pairs[i], pairs[i + 1]);
        }
        return filter;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, MessageBundle.NORWEGIAN);
    }
}
