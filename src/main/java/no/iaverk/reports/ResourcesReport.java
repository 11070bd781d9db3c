package no.iaverk.reports;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * All centres' resources in one year, their totals and the reconciliation checks. Headcount and FTE are summed apart,
 * each over the centres that reported it ({@code centresWith*}), since the sources mix them.
 */
public record ResourcesReport(
        int year,
        List<CentreResources> centres,
        Totals totals,
        @Nullable PrintedTotal printed,
        List<ResourceCheck> checks) {

    /**
     * Sums of the rows; {@code countyBudgetShare} is the share of the counties' budgets the rows give (null when no
     * centre has both a budget and a share).
     */
    public record Totals(
            BigDecimal budgetMnok,
            int centresWithBudget,
            @Nullable BigDecimal countyBudgetShare,
            int centresWithShare,
            int headcount,
            int centresWithHeadcount,
            BigDecimal fte,
            int centresWithFte) {}

    /** The totals the source printed for the year, and where. */
    public record PrintedTotal(
            @Nullable BigDecimal budgetMnok, @Nullable BigDecimal countyBudgetShare, String sourceReference) {}

    public boolean reconciles() {
        return checks.stream().allMatch(ResourceCheck::reconciles);
    }
}
