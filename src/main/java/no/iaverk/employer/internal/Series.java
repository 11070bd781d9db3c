package no.iaverk.employer.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import no.iaverk.employer.EmployerSickLeave.LastFourQuarters;
import no.iaverk.employer.EmployerSickLeave.QuarterFigures;
import no.iaverk.employer.EmployerSickLeave.QuarterPercent;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;

/**
 * The rules on one quarterly series (an enterprise, a legal unit's sum, a category) as of the published quarter. It
 * sees only the views' rows, in which masked quarters carry no figures, so every sum here is over visible figures
 * only: a window with a masked quarter covers the other three and says so; nothing minus anything gives a masked one.
 */
public final class Series {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SCALE = 6;

    private final Map<Quarter, UnitQuarter> rows = new TreeMap<>();
    private final Quarter published;

    public Series(List<UnitQuarter> rows, Quarter published) {
        for (UnitQuarter row : rows) {
            if (!row.quarter().isAfter(published)) {
                this.rows.put(row.quarter(), row);
            }
        }
        this.published = published;
    }

    /** Every published quarter with a row, oldest first. */
    public List<QuarterFigures> history() {
        return rows.values().stream()
                .map(row -> new QuarterFigures(
                        row.quarter().year(),
                        row.quarter().quarter(),
                        row.visible() ? row.persons() : null,
                        row.visible() ? row.lost() : null,
                        row.visible() ? row.possible() : null,
                        row.visible() ? display(percent(row.lost(), row.possible())) : null,
                        !row.visible(),
                        row.maskedSubUnits()))
                .toList();
    }

    public List<QuarterPercent> percentHistory() {
        return rows.values().stream()
                .map(row -> new QuarterPercent(
                        row.quarter().year(),
                        row.quarter().quarter(),
                        row.visible() ? display(percent(row.lost(), row.possible())) : null))
                .toList();
    }

    /** @param maskedSubUnits sub-units a legal unit's window leaves out somewhere; 0 for a single enterprise */
    public LastFourQuarters lastFourQuarters(int maskedSubUnits) {
        List<UnitQuarter> window = window();
        List<UnitQuarter> visible = window.stream().filter(UnitQuarter::visible).toList();
        BigDecimal lost = sum(visible, UnitQuarter::lost);
        BigDecimal possible = sum(visible, UnitQuarter::possible);
        return new LastFourQuarters(
                display(percent()),
                display(partOfPossible(visible, UnitQuarter::shortTermLost)),
                display(partOfPossible(visible, UnitQuarter::longTermLost)),
                display(gradedShare(visible)),
                visible.isEmpty() ? null : lost,
                visible.isEmpty() ? null : possible,
                visible.isEmpty(),
                window.size() - visible.size(),
                maskedSubUnits,
                visible.stream().map(UnitQuarter::quarter).toList());
    }

    /** Unrounded last-four-quarters percent over the visible quarters; null without any. */
    public @Nullable BigDecimal percent() {
        List<UnitQuarter> visible =
                window().stream().filter(UnitQuarter::visible).toList();
        return visible.isEmpty() ? null : percent(sum(visible, UnitQuarter::lost), sum(visible, UnitQuarter::possible));
    }

    /** All four quarters of the window have visible figures: the condition for a verdict. */
    public boolean fourQuarters() {
        return published.lastFour().stream()
                .allMatch(quarter ->
                        rows.containsKey(quarter) && rows.get(quarter).visible());
    }

    /** Percentage points, published quarter against the same quarter a year before; null unless both are visible. */
    public @Nullable BigDecimal trend() {
        BigDecimal now = visiblePercent(rows.get(published));
        BigDecimal before = visiblePercent(rows.get(published.yearBefore()));
        return now == null || before == null ? null : display(now.subtract(before));
    }

    /** A percent as people see it: HALF_UP to one decimal, only ever after summing. */
    public static @Nullable BigDecimal display(@Nullable BigDecimal percent) {
        return percent == null ? null : percent.setScale(1, RoundingMode.HALF_UP);
    }

    private List<UnitQuarter> window() {
        return published.lastFour().stream()
                .map(rows::get)
                .filter(Objects::nonNull)
                .toList();
    }

    private static @Nullable BigDecimal visiblePercent(@Nullable UnitQuarter row) {
        return row == null || !row.visible() ? null : percent(row.lost(), row.possible());
    }

    /** A duration part in percent of the possible workdays of the quarters that report it. */
    private static @Nullable BigDecimal partOfPossible(
            List<UnitQuarter> visible, Function<UnitQuarter, @Nullable BigDecimal> part) {
        List<UnitQuarter> reporting =
                visible.stream().filter(row -> part.apply(row) != null).toList();
        return reporting.isEmpty() ? null : percent(sum(reporting, part), sum(reporting, UnitQuarter::possible));
    }

    /** Graded lost workdays as a share of the lost workdays of the quarters that report them. */
    private static @Nullable BigDecimal gradedShare(List<UnitQuarter> visible) {
        List<UnitQuarter> reporting =
                visible.stream().filter(row -> row.gradedLost() != null).toList();
        return reporting.isEmpty()
                ? null
                : percent(sum(reporting, UnitQuarter::gradedLost), sum(reporting, UnitQuarter::lost));
    }

    private static BigDecimal sum(List<UnitQuarter> rows, Function<UnitQuarter, @Nullable BigDecimal> part) {
        return rows.stream().map(part).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static @Nullable BigDecimal percent(@Nullable BigDecimal lost, @Nullable BigDecimal possible) {
        if (lost == null || possible == null || possible.signum() == 0) {
            return null;
        }
        return lost.multiply(HUNDRED).divide(possible, SCALE, RoundingMode.HALF_UP);
    }
}
