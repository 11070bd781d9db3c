package no.iaverk.employer.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;

/**
 * One quarter of an enterprise or a category as the published views give it: a masked row has no figures at all (the
 * view nulls them), so nothing computed from these rows can reveal one. {@code maskedSubUnits}: for a legal unit's
 * sum, how many sub-units the quarter leaves out.
 */
public record UnitQuarter(
        Quarter quarter,
        boolean masked,
        @Nullable Integer persons,
        @Nullable BigDecimal lost,
        @Nullable BigDecimal possible,
        @Nullable BigDecimal shortTermLost,
        @Nullable BigDecimal longTermLost,
        @Nullable BigDecimal gradedLost,
        int maskedSubUnits) {

    public static UnitQuarter masked(Quarter quarter) {
        return new UnitQuarter(quarter, true, null, null, null, null, null, null, 0);
    }

    /** Has figures to use: not masked, and possible workdays to divide by. */
    public boolean visible() {
        return !masked && lost != null && possible != null;
    }

    /**
     * A legal unit's quarter: the sum of its visible sub-units' rows, the masked ones counted and left out. A part
     * (short term, long term, graded) is summed only when every visible row reports it, so a part is never compared
     * with workdays it does not cover.
     */
    public static UnitQuarter sum(Quarter quarter, Collection<UnitQuarter> subUnits) {
        var visible = subUnits.stream().filter(UnitQuarter::visible).toList();
        int masked = subUnits.size() - visible.size();
        if (visible.isEmpty()) {
            return new UnitQuarter(quarter, true, null, null, null, null, null, null, masked);
        }
        return new UnitQuarter(
                quarter,
                false,
                visible.stream()
                        .mapToInt(row -> row.persons() == null ? 0 : row.persons())
                        .sum(),
                total(visible, UnitQuarter::lost),
                total(visible, UnitQuarter::possible),
                total(visible, UnitQuarter::shortTermLost),
                total(visible, UnitQuarter::longTermLost),
                total(visible, UnitQuarter::gradedLost),
                masked);
    }

    private static @Nullable BigDecimal total(
            Collection<UnitQuarter> rows, Function<UnitQuarter, @Nullable BigDecimal> part) {
        if (rows.stream().map(part).anyMatch(Objects::isNull)) {
            return null;
        }
        return rows.stream().map(part).map(Objects::requireNonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
