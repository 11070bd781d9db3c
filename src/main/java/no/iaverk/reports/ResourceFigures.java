package no.iaverk.reports;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import no.iaverk.shared.InvalidFieldsException;
import org.jspecify.annotations.Nullable;

/**
 * A centre's resources in one year, as entered: budget in million NOK, its share of the county's NAV budget in percent
 * (6.3 means 6.3 %), staff as headcount (people) and as FTE (årsverk), kept apart. A figure nobody knows is null.
 */
public record ResourceFigures(
        @Nullable BigDecimal budgetMnok,
        @Nullable BigDecimal countyBudgetShare,
        @Nullable Integer headcount,
        @Nullable BigDecimal fte) {

    static final BigDecimal MAX_BUDGET_MNOK = new BigDecimal("100000");
    static final int MAX_STAFF = 100_000;

    /** The field errors in Norwegian, keyed by the field's API name; empty when the figures are acceptable. */
    Map<String, String> errors() {
        var errors = new LinkedHashMap<String, String>();
        if (budgetMnok == null && countyBudgetShare == null && headcount == null && fte == null) {
            errors.put("budgetMnok", "Fyll inn minst ett av budsjett, andel, ansatte og årsverk.");
        }
        if (budgetMnok != null && (budgetMnok.signum() < 0 || budgetMnok.compareTo(MAX_BUDGET_MNOK) > 0)) {
            errors.put("budgetMnok", "Budsjett (budgetMnok) må være mellom 0 og 100 000 MNOK.");
        }
        if (countyBudgetShare != null
                && (countyBudgetShare.signum() < 0 || countyBudgetShare.compareTo(BigDecimal.valueOf(100)) > 0)) {
            errors.put("countyBudgetShare", "Andel av fylkets budsjett (countyBudgetShare) må være mellom 0 og 100 %.");
        }
        if (headcount != null && (headcount < 0 || headcount > MAX_STAFF)) {
            errors.put("headcount", "Antall ansatte (headcount) må være et helt tall mellom 0 og 100 000.");
        }
        if (fte != null && (fte.signum() < 0 || fte.compareTo(BigDecimal.valueOf(MAX_STAFF)) > 0)) {
            errors.put("fte", "Årsverk (fte) må være mellom 0 og 100 000.");
        }
        return errors;
    }

    /**
     * The figures a form sent as text, read the Norwegian way too ("6,3"); blank is unknown. A value that is not a number
     * is a field error naming the field.
     */
    public static ResourceFigures parse(
            @Nullable String budgetMnok,
            @Nullable String countyBudgetShare,
            @Nullable String headcount,
            @Nullable String fte) {
        var errors = new InvalidFieldsException.Collector();
        BigDecimal budget = decimal(budgetMnok);
        BigDecimal share = decimal(countyBudgetShare);
        BigDecimal staff = decimal(headcount);
        BigDecimal fullTime = decimal(fte);
        errors.check(budget != null || blank(budgetMnok), "budgetMnok", "Budsjett (MNOK) må være et tall.")
                .check(
                        share != null || blank(countyBudgetShare),
                        "countyBudgetShare",
                        "Andel av fylkets budsjett må være et tall.")
                .check(
                        blank(headcount) || (staff != null && wholeInt(staff)),
                        "headcount",
                        "Antall ansatte må være et helt tall.")
                .check(fullTime != null || blank(fte), "fte", "Årsverk må være et tall.")
                .throwIfAny();
        return new ResourceFigures(budget, share, staff == null ? null : staff.intValueExact(), fullTime);
    }

    /**
     * The figures of a JSON body, where a headcount arrives as any number: one with decimals is a field error (staff in
     * full-time equivalents belong in {@code fte}).
     */
    public static ResourceFigures of(
            @Nullable BigDecimal budgetMnok,
            @Nullable BigDecimal countyBudgetShare,
            @Nullable BigDecimal headcount,
            @Nullable BigDecimal fte) {
        new InvalidFieldsException.Collector()
                .check(
                        headcount == null || wholeInt(headcount),
                        "headcount",
                        "Antall ansatte (headcount) må være et helt tall; årsverk føres i fte.")
                .throwIfAny();
        return new ResourceFigures(
                budgetMnok, countyBudgetShare, headcount == null ? null : headcount.intValueExact(), fte);
    }

    /** The same figures, whatever their scale (7.0 and 7 are one share). */
    boolean sameAs(ResourceFigures other) {
        return same(budgetMnok, other.budgetMnok)
                && same(countyBudgetShare, other.countyBudgetShare)
                && java.util.Objects.equals(headcount, other.headcount)
                && same(fte, other.fte);
    }

    private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static boolean wholeInt(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(1_000_000_000)) < 0;
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static @Nullable BigDecimal decimal(@Nullable String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.replaceAll("[\\s\u00a0]", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
