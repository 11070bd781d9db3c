package no.iaverk.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.iaverk.reports.AdviserHours.Tally;
import no.iaverk.reports.CostBenefit.Interval;
import no.iaverk.reports.ReportTable.Cell;
import no.iaverk.reports.ReportTable.Chart;
import no.iaverk.reports.ReportTable.Row;
import no.iaverk.shared.MessageBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The resource side of the whole report as {@link ReportTable}s, after the assistance tables: adviser hours by centre,
 * cost-benefit by centre, programme and form of assistance, and the centres' resources in each calendar year the period
 * touches. The figures come from the same services as their APIs; no list of collaborations lies behind them.
 */
@Service
public class ResourceTables {

    private final AdviserHoursReports hours;
    private final CostBenefitReports costBenefit;
    private final UnitResources resources;
    private final MessageSource messages;

    ResourceTables(
            AdviserHoursReports hours,
            CostBenefitReports costBenefit,
            UnitResources resources,
            MessageSource messages) {
        this.hours = hours;
        this.costBenefit = costBenefit;
        this.resources = resources;
        this.messages = messages;
    }

    /** The tables for {@code from}–{@code to} and centre {@code unit}, or the whole country when it is null. */
    public List<ReportTable> of(LocalDate from, LocalDate to, @Nullable String unit) {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(hours(hours.hours(from.toString(), to.toString(), unit)));
        CostBenefit costs = costBenefit.costBenefit(from.toString(), to.toString(), unit);
        tables.add(costBenefit("costBenefitCentres", "report.column.centre", costs.byCentre(), costs));
        tables.add(costBenefit("costBenefitProgrammes", "report.column.programme", costs.byProgramme(), costs));
        tables.add(costBenefit("costBenefitForms", "report.column.assistanceForm", costs.byAssistanceForm(), costs));
        // Resources are kept from UnitResources.FIRST_YEAR to next year; years outside have no figures to show.
        int first = Math.max(from.getYear(), UnitResources.FIRST_YEAR);
        int last = Math.min(to.getYear(), resources.lastYear());
        for (int year = first; year <= last; year++) {
            tables.add(resources(resources.forYear(year), unit));
        }
        return tables;
    }

    private ReportTable hours(AdviserHours report) {
        List<Row> rows = new ArrayList<>();
        for (AdviserHours.CentreRow centre : report.byCentre()) {
            rows.add(new Row(centre.name(), tallyCells(centre.tally()), false));
        }
        rows.add(new Row(text("report.total"), tallyCells(report.total()), true));
        return new ReportTable(
                "hours",
                text("report.table.hours"),
                text("report.table.hours.note"),
                text("report.column.centre"),
                List.of(
                        text("report.column.activities"),
                        text("report.column.withHours"),
                        text("report.column.withoutHours"),
                        text("report.column.coverage"),
                        text("report.column.hours")),
                rows,
                new Chart(List.of(4), text("report.axis.hours")));
    }

    private static List<Cell> tallyCells(Tally tally) {
        return List.of(
                Cell.count(tally.activities(), null),
                Cell.count(tally.withHours(), null),
                Cell.count(tally.withoutHours(), null),
                Cell.share(tally.coverage(), null),
                Cell.number(tally.hours(), 1));
    }

    /** A withheld row shows its collaborations, hours and cost, and the reason in place of the benefit's figures. */
    ReportTable costBenefit(String key, String rowHeadingKey, List<CostBenefit.Row> groups, CostBenefit all) {
        List<Row> rows = new ArrayList<>();
        for (CostBenefit.Row group : groups) {
            CostBenefit.Benefit benefit = group.benefit();
            List<Cell> cells = new ArrayList<>(List.of(
                    Cell.count(group.collaborations(), null),
                    Cell.number(group.hours().hours(), 1),
                    Cell.number(group.cost(), 0)));
            String label = benefit.preTrendFlagged() ? text("report.costBenefit.preTrend", group.name()) : group.name();
            if (!benefit.available()) {
                String reason = benefit.withheld() == null ? text("report.costBenefit.withheld") : benefit.withheld();
                rows.add(new Row(label, cells, false, reason));
                continue;
            }
            interval(cells, benefit.effect(), 2);
            interval(cells, benefit.lostWorkdaysAvoided(), 0);
            interval(cells, benefit.value(), 0);
            interval(cells, benefit.ratio(), 2);
            rows.add(new Row(label, cells, false));
        }
        List<String> columns = new ArrayList<>(
                List.of(text("report.column.collaborations"), text("report.column.hours"), text("report.column.cost")));
        for (String figure : List.of("effect", "lostWorkdaysAvoided", "value", "ratio")) {
            columns.add(text("report.column." + figure));
            columns.add(text("report.column." + figure + ".low"));
            columns.add(text("report.column." + figure + ".high"));
        }
        String note = text("report.table.costBenefit.note", all.method(), all.hourlyCost(), all.costPerLostWorkday());
        return new ReportTable(key, text("report.table." + key), note, text(rowHeadingKey), columns, rows, null);
    }

    private static void interval(List<Cell> cells, @Nullable Interval interval, int decimals) {
        cells.add(Cell.number(interval == null ? null : interval.estimate(), decimals));
        cells.add(Cell.number(interval == null ? null : interval.low(), decimals));
        cells.add(Cell.number(interval == null ? null : interval.high(), decimals));
    }

    /** One year's resources for the centre (or every centre); the reconciliation checks that fail are its note. */
    private ReportTable resources(ResourcesReport report, @Nullable String unit) {
        List<Row> rows = new ArrayList<>();
        for (CentreResources centre : report.centres()) {
            if (unit != null && !unit.equals(centre.unitCode())) {
                continue;
            }
            ResourceFigures figures = centre.figures();
            rows.add(new Row(
                    centre.name(),
                    List.of(
                            Cell.number(figures.budgetMnok(), 1),
                            Cell.share(figures.countyBudgetShare(), null),
                            Cell.number(
                                    figures.headcount() == null ? null : BigDecimal.valueOf(figures.headcount()), 0),
                            Cell.number(figures.fte(), 1)),
                    false));
        }
        String failing = report.checks().stream()
                .filter(check -> !check.reconciles())
                .filter(check -> unit == null || check.unitCode() == null || unit.equals(check.unitCode()))
                .map(check -> text(
                        "report.resources.check",
                        text("report.resources.check." + check.kind()),
                        check.unitCode() == null ? "" : " (" + check.unitCode() + ")",
                        check.printed(),
                        check.computed(),
                        check.difference()))
                .collect(Collectors.joining(" "));
        return new ReportTable(
                "resources" + report.year(),
                text("report.table.resources", String.valueOf(report.year())),
                failing.isEmpty() ? null : failing,
                text("report.column.centre"),
                List.of(
                        text("report.column.budgetMnok"),
                        text("report.column.countyBudgetShare"),
                        text("report.column.headcount"),
                        text("report.column.fte")),
                rows,
                null);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, MessageBundle.NORWEGIAN);
    }
}
