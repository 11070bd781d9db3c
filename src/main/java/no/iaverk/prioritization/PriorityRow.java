package no.iaverk.prioritization;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One enterprise in a call list. Workdays are the last four quarters'; percentages and trend are rounded HALF_UP to
 * one decimal. Sick-leave figures are null when masked (fewer than five persons) or when there are none; when only
 * some of the four quarters are masked ({@code partlyMasked}) the percent is shown but not the workdays or the
 * potential, which would reveal the masked quarter by subtraction. The
 * case is the enterprise's open case, if any: its status, its owner's username and name. The trial marker says that
 * the enterprise is allocated in a running trial randomised before contact, and in which arm.
 */
public record PriorityRow(
        String orgNumber,
        String name,
        @Nullable String municipality,
        @Nullable String municipalityNumber,
        @Nullable Integer employees,
        @Nullable BigDecimal lostWorkdays,
        @Nullable BigDecimal possibleWorkdays,
        @Nullable BigDecimal percent,
        @Nullable BigDecimal benchmarkPercent,
        @Nullable BigDecimal potential,
        @Nullable BigDecimal trend,
        boolean masked,
        boolean partlyMasked,
        @Nullable String caseStatus,
        @Nullable String owner,
        @Nullable String ownerName,
        @Nullable Long caseId,
        @Nullable TrialMarker trial) {

    public PriorityRow withCase(
            @Nullable String status, @Nullable String caseOwner, @Nullable String caseOwnerName, @Nullable Long id) {
        return new PriorityRow(
                orgNumber,
                name,
                municipality,
                municipalityNumber,
                employees,
                lostWorkdays,
                possibleWorkdays,
                percent,
                benchmarkPercent,
                potential,
                trend,
                masked,
                partlyMasked,
                status,
                caseOwner,
                caseOwnerName,
                id,
                trial);
    }

    public PriorityRow withTrial(@Nullable TrialMarker marker) {
        return new PriorityRow(
                orgNumber,
                name,
                municipality,
                municipalityNumber,
                employees,
                lostWorkdays,
                possibleWorkdays,
                percent,
                benchmarkPercent,
                potential,
                trend,
                masked,
                partlyMasked,
                caseStatus,
                owner,
                ownerName,
                caseId,
                marker);
    }
}
