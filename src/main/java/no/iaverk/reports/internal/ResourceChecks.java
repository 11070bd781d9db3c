package no.iaverk.reports.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import no.iaverk.reports.CentreResources;
import no.iaverk.reports.ResourceCheck;
import no.iaverk.reports.ResourceCheck.Kind;
import no.iaverk.reports.ResourceFigures;
import no.iaverk.reports.ResourcesReport.PrintedTotal;
import no.iaverk.reports.ResourcesReport.Totals;
import org.jspecify.annotations.Nullable;

/** The year's totals and the checks that say where they do not reconcile (see {@link ResourceCheck}). */
public final class ResourceChecks {

    /** Shares are printed with one decimal and budgets in whole MNOK, so the share the rows give is that rough. */
    static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.2");

    private ResourceChecks() {}

    public static Totals totals(List<CentreResources> centres) {
        BigDecimal budget = BigDecimal.ZERO;
        BigDecimal fte = BigDecimal.ZERO;
        int headcount = 0;
        int withBudget = 0;
        int withHeadcount = 0;
        int withFte = 0;
        for (CentreResources centre : centres) {
            ResourceFigures figures = centre.figures();
            if (figures.budgetMnok() != null) {
                budget = budget.add(figures.budgetMnok());
                withBudget++;
            }
            if (figures.headcount() != null) {
                headcount += figures.headcount();
                withHeadcount++;
            }
            if (figures.fte() != null) {
                fte = fte.add(figures.fte());
                withFte++;
            }
        }
        List<ResourceFigures> withShare = centres.stream()
                .map(CentreResources::figures)
                .filter(f -> f.budgetMnok() != null
                        && f.countyBudgetShare() != null
                        && f.countyBudgetShare().signum() > 0)
                .toList();
        return new Totals(
                budget,
                withBudget,
                shareOfCountyBudgets(withShare),
                withShare.size(),
                headcount,
                withHeadcount,
                fte,
                withFte);
    }

    public static List<ResourceCheck> checks(
            List<CentreResources> centres, Totals totals, @Nullable PrintedTotal printed) {
        List<ResourceCheck> checks = new ArrayList<>();
        if (printed != null && printed.budgetMnok() != null) {
            checks.add(check(Kind.BUDGET_TOTAL, null, printed.budgetMnok(), totals.budgetMnok(), BigDecimal.ZERO));
        }
        if (printed != null && printed.countyBudgetShare() != null && totals.countyBudgetShare() != null) {
            checks.add(check(
                    Kind.COUNTY_SHARE_TOTAL,
                    null,
                    printed.countyBudgetShare(),
                    totals.countyBudgetShare().setScale(1, RoundingMode.HALF_UP),
                    SHARE_TOLERANCE));
        }
        for (CentreResources centre : centres) {
            ResourceFigures figures = centre.figures();
            if (figures.headcount() != null && figures.fte() != null) {
                BigDecimal headcount = BigDecimal.valueOf(figures.headcount());
                ResourceCheck check =
                        check(Kind.FTE_ABOVE_HEADCOUNT, centre.unitCode(), headcount, figures.fte(), null);
                checks.add(check);
            }
        }
        return checks;
    }

    /** Sum of budgets over the sum of the county budgets they imply (budget / share × 100), in percent. */
    private static @Nullable BigDecimal shareOfCountyBudgets(List<ResourceFigures> figures) {
        if (figures.isEmpty()) {
            return null;
        }
        BigDecimal budgets = BigDecimal.ZERO;
        BigDecimal countyBudgets = BigDecimal.ZERO;
        for (ResourceFigures f : figures) {
            budgets = budgets.add(f.budgetMnok());
            countyBudgets = countyBudgets.add(f.budgetMnok()
                    .multiply(BigDecimal.valueOf(100))
                    .divide(f.countyBudgetShare(), MathContext.DECIMAL64));
        }
        return budgets.multiply(BigDecimal.valueOf(100)).divide(countyBudgets, MathContext.DECIMAL64);
    }

    /** A difference within the tolerance reconciles; a null tolerance means "computed must not exceed printed". */
    private static ResourceCheck check(
            Kind kind, @Nullable String unit, BigDecimal printed, BigDecimal computed, @Nullable BigDecimal tolerance) {
        BigDecimal difference = computed.subtract(printed);
        boolean reconciles =
                tolerance == null ? difference.signum() <= 0 : difference.abs().compareTo(tolerance) <= 0;
        return new ResourceCheck(
                kind, unit, printed, computed, difference, tolerance == null ? BigDecimal.ZERO : tolerance, reconciles);
    }
}
