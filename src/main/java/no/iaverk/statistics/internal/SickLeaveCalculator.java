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
 * list with single-quarter masking, the last four quarters, the trend and the duration and graded shares. What is
 * shown never lets a masked quarter be recovered by subtraction (docs/privacy.md).
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

    /** Every quarter up to the published one; a masked quarter shows nothing but that. */
    public List<QuarterFigures> quarters() {
        return rows.values().stream()
                .map(row -> {
                    boolean masked = row.masked();
                    return new QuarterFigures(
                            row.quarter().year(),
                            row.quarter().quarter(),
                            masked ? null : row.persons(),
                            masked ? null : row.lost(),
                            masked ? null : row.possible(),
                            masked ? null : SickLeave.display(row.sickLeave().percent()),
                            masked);
                })
                .toList();
    }

    public List<QuarterPercent> history() {
        return rows.values().stream()
                .map(row -> new QuarterPercent(
                        row.quarter().year(),
                        row.quarter().quarter(),
                        row.masked() ? null : SickLeave.display(row.sickLeave().percent())))
                .toList();
    }

    /**
     * The published quarter and the three before it, as far as they have figures; null when none has. Masked when
     * every quarter is. When only some are, the window shows its percent and nothing else: its workdays minus the
     * visible quarters' would give the masked quarter's (iaverk is stricter than NAV here, on purpose).
     */
    public @Nullable Window lastFourQuarters() {
        List<QuarterRow> window = windowRows();
        if (window.isEmpty()) {
            return null;
        }
        SickLeave sum = sum(window);
        boolean masked = allMasked(window);
        boolean workdaysShown = maskedQuarters(window) == 0;
        return new Window(
                masked ? null : SickLeave.display(sum.percent()),
                workdaysShown ? sum.lostWorkdays() : null,
                workdaysShown ? sum.possibleWorkdays() : null,
                masked,
                (int) maskedQuarters(window),
                window.stream().map(QuarterRow::quarter).toList());
    }

    /** Unrounded last-four-quarters percent, for comparisons; null when masked or without figures. */
    public @Nullable BigDecimal lastFourQuartersPercent() {
        List<QuarterRow> window = windowRows();
        return allMasked(window) ? null : sum(window).percent();
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

    /** Lost workdays of the last four quarters; null without figures or when any of the quarters is masked. */
    public @Nullable BigDecimal lostWorkdays() {
        List<QuarterRow> window = windowRows();
        return window.isEmpty() || maskedQuarters(window) > 0
                ? null
                : sum(window).lostWorkdays();
    }

    /** How many masked enterprises a computed category's published quarter leaves out. */
    public int maskedMembers() {
        QuarterRow row = rows.get(published);
        return row == null ? 0 : row.maskedMembers();
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
        if (allMasked(window)) {
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
        return row == null || row.masked() ? null : row.sickLeave().percent();
    }

    /** True also for an empty window: nothing to show. */
    private static boolean allMasked(List<QuarterRow> window) {
        return window.stream().allMatch(QuarterRow::masked);
    }

    private static long maskedQuarters(List<QuarterRow> window) {
        return window.stream().filter(QuarterRow::masked).count();
    }
}
