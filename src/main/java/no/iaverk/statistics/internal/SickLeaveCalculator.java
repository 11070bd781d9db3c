package no.iaverk.statistics.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.iaverk.shared.Quarter;
import no.iaverk.statistics.EnterpriseSickLeave.QuarterFigures;
import no.iaverk.statistics.EnterpriseSickLeave.QuarterPercent;
import no.iaverk.statistics.EnterpriseSickLeave.Window;
import no.iaverk.statistics.SickLeave;
import org.jspecify.annotations.Nullable;

/**
 * The rules, on one series of quarterly rows (an enterprise's or a category's) as of a published quarter: the quarter
 * list with single-quarter masking, the last four quarters, the trend and the duration and graded shares.
 */
public final class SickLeaveCalculator {

    private final Map<Quarter, QuarterRow> rows;
    private final Quarter published;

    public SickLeaveCalculator(List<QuarterRow> rows, Quarter published) {
        this.rows = rows.stream()
                .filter(row -> !row.quarter().isAfter(published))
                .collect(Collectors.toMap(
                        QuarterRow::quarter, Function.identity(), (a, b) -> b, java.util.TreeMap::new));
        this.published = published;
    }

    /** Every quarter up to the published one; a quarter with fewer than five persons shows nothing but that. */
    public List<QuarterFigures> quarters() {
        return rows.values().stream()
                .map(row -> {
                    SickLeave figures = row.sickLeave();
                    boolean masked = figures.masked();
                    return new QuarterFigures(
                            row.quarter().year(),
                            row.quarter().quarter(),
                            masked ? null : row.persons(),
                            masked ? null : row.lost(),
                            masked ? null : row.possible(),
                            masked ? null : SickLeave.display(figures.percent()),
                            masked);
                })
                .toList();
    }

    public List<QuarterPercent> history() {
        return rows.values().stream()
                .map(row -> new QuarterPercent(
                        row.quarter().year(),
                        row.quarter().quarter(),
                        row.sickLeave().masked()
                                ? null
                                : SickLeave.display(row.sickLeave().percent())))
                .toList();
    }

    /** The published quarter and the three before it, as far as they have figures; null when none has. */
    public @Nullable Window lastFourQuarters() {
        List<QuarterRow> window = windowRows();
        if (window.isEmpty()) {
            return null;
        }
        SickLeave sum = sum(window);
        boolean masked = sum.masked();
        return new Window(
                masked ? null : SickLeave.display(sum.percent()),
                masked ? null : sum.lostWorkdays(),
                masked ? null : sum.possibleWorkdays(),
                masked,
                window.stream().map(QuarterRow::quarter).toList());
    }

    /** Unrounded last-four-quarters percent, for comparisons; null when masked or without figures. */
    public @Nullable BigDecimal lastFourQuartersPercent() {
        List<QuarterRow> window = windowRows();
        SickLeave sum = sum(window);
        return window.isEmpty() || sum.masked() ? null : sum.percent();
    }

    /** Percent of the published quarter minus that of the same quarter a year before, if both are there unmasked. */
    public @Nullable BigDecimal trend() {
        BigDecimal now = unmaskedPercent(rows.get(published));
        BigDecimal before = unmaskedPercent(rows.get(published.yearBefore()));
        return now == null || before == null ? null : SickLeave.display(now.subtract(before));
    }

    public @Nullable BigDecimal shortTermPercent() {
        return share(QuarterRow::shortTerm);
    }

    public @Nullable BigDecimal longTermPercent() {
        return share(QuarterRow::longTerm);
    }

    public @Nullable BigDecimal gradedPercent() {
        return share(QuarterRow::gradedLost);
    }

    /** Lost workdays of the last four quarters; null when masked or without figures. */
    public @Nullable BigDecimal lostWorkdays() {
        List<QuarterRow> window = windowRows();
        SickLeave sum = sum(window);
        return window.isEmpty() || sum.masked() ? null : sum.lostWorkdays();
    }

    public boolean anyComputed() {
        return windowRows().stream().anyMatch(QuarterRow::computed);
    }

    /**
     * A part of the last four quarters' lost workdays, in percent of the lost workdays of the quarters that report the
     * part; never for masked figures.
     */
    private @Nullable BigDecimal share(Function<QuarterRow, @Nullable BigDecimal> part) {
        List<QuarterRow> window = windowRows();
        if (window.isEmpty() || sum(window).masked()) {
            return null;
        }
        List<QuarterRow> reporting =
                window.stream().filter(row -> part.apply(row) != null).toList();
        if (reporting.isEmpty()) {
            return null;
        }
        BigDecimal parts = reporting.stream().map(part).reduce(BigDecimal.ZERO, BigDecimal::add);
        return SickLeave.display(SickLeave.share(parts, sum(reporting).lostWorkdays()));
    }

    private List<QuarterRow> windowRows() {
        return published.lastFour().stream()
                .map(rows::get)
                .filter(Objects::nonNull)
                .toList();
    }

    private static SickLeave sum(List<QuarterRow> window) {
        return window.stream().map(QuarterRow::sickLeave).reduce(SickLeave.NONE, SickLeave::plus);
    }

    private static @Nullable BigDecimal unmaskedPercent(@Nullable QuarterRow row) {
        return row == null || row.sickLeave().masked() ? null : row.sickLeave().percent();
    }
}
