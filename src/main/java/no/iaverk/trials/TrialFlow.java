package no.iaverk.trials;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A trial's flow as a CONSORT diagram counts it, in legal units: assessed for eligibility (the frozen list), excluded
 * before randomisation with reasons, randomised, and per arm allocated, received the allocated form or not (with
 * reasons), lost to follow-up (with reasons) and analysed per outcome (with the reasons the others are not).
 *
 * @param arms null while the per-arm figures are withheld from this reader ({@code armsWithheld} says why)
 */
public record TrialFlow(
        long trialId,
        TrialKind design,
        TrialStatus status,
        int assessedWorkplaces,
        int assessed,
        List<Count> excluded,
        int randomised,
        @Nullable List<ArmFlow> arms,
        @Nullable String armsWithheld) {

    /** A number of legal units and why they are counted there; pages show the reason's Norwegian text. */
    public record Count(String reason, int legalUnits) {}

    /**
     * @param receivedAllocated had a collaboration in the trial with no deviation from the arm (so far, while it runs);
     *     for the "no outreach" control arm: got no collaboration
     * @param notReceived why the others did not: NO_COLLABORATION (declined or not reached), CANCELLED, DEVIATED,
     *     ASSISTED_DESPITE_NO_OUTREACH (a control enterprise that asked for assistance itself)
     * @param lostToFollowUp UNIT_DELETED (every workplace left the register), NO_STATISTICS_AFTER (published quarters
     *     after randomisation hold no row of the unit)
     * @param notAnalysedFirstYear NOT_YET_DUE, MISSING_BASELINE, MISSING_FOLLOW_UP (masked or no statistics)
     */
    public record ArmFlow(
            String arm,
            String name,
            int allocated,
            int receivedAllocated,
            List<Count> notReceived,
            List<Count> lostToFollowUp,
            int analysedFirstYear,
            List<Count> notAnalysedFirstYear,
            int analysedSecondYear,
            List<Count> notAnalysedSecondYear) {}

    static TrialFlow count(FollowUp followUp, boolean armsShown, String withheldReason) {
        Trial trial = followUp.trial();
        int randomised = followUp.randomised().size();
        int notEnrolled = followUp.units().size() - randomised;
        List<Count> excluded = notEnrolled == 0 ? List.of() : List.of(new Count("NOT_ENROLLED", notEnrolled));
        List<ArmFlow> arms = null;
        if (armsShown) {
            arms = trial.arms().stream().map(arm -> armFlow(followUp, arm)).toList();
        }
        return new TrialFlow(
                trial.id(),
                trial.design(),
                trial.status(),
                trial.eligibleWorkplaces() == null ? 0 : trial.eligibleWorkplaces(),
                followUp.units().size(),
                excluded,
                randomised,
                arms,
                armsShown ? null : withheldReason);
    }

    private static ArmFlow armFlow(FollowUp followUp, Arm arm) {
        String code = String.valueOf(arm.code());
        Map<String, Integer> notReceived = new LinkedHashMap<>();
        Map<String, Integer> lost = new LinkedHashMap<>();
        Map<String, Integer> notFirst = new LinkedHashMap<>();
        Map<String, Integer> notSecond = new LinkedHashMap<>();
        int allocated = 0;
        int received = 0;
        int first = 0;
        int second = 0;
        for (FollowUp.UnitFollowUp unit : followUp.inArm(code)) {
            allocated++;
            Adherence adherence = Adherence.of(
                    unit.unit().legalUnit(),
                    unit.unit().name(),
                    arm,
                    unit.unit().caseId(),
                    unit.collaboration(),
                    followUp.today());
            if (adherence.adherent()) {
                received++;
            } else {
                notReceived.merge(notReceivedReason(adherence), 1, Integer::sum);
            }
            if (unit.unit().deleted()) {
                lost.merge("UNIT_DELETED", 1, Integer::sum);
            } else if (unit.firstYearDue() && !unit.statisticsAfter()) {
                lost.merge("NO_STATISTICS_AFTER", 1, Integer::sum);
            }
            first += analysed(unit, unit.firstYearDue(), unit.firstYear(), notFirst);
            second += analysed(unit, unit.secondYearDue(), unit.secondYear(), notSecond);
        }
        return new ArmFlow(
                code,
                String.valueOf(arm.name()),
                allocated,
                received,
                counts(notReceived),
                counts(lost),
                first,
                counts(notFirst),
                second,
                counts(notSecond));
    }

    private static String notReceivedReason(Adherence adherence) {
        if (adherence.deviations().contains(Adherence.Deviation.NO_COLLABORATION)) {
            return "NO_COLLABORATION";
        }
        if (adherence.deviations().contains(Adherence.Deviation.ASSISTED_DESPITE_NO_OUTREACH)) {
            return "ASSISTED_DESPITE_NO_OUTREACH";
        }
        return adherence.deviations().contains(Adherence.Deviation.CANCELLED) ? "CANCELLED" : "DEVIATED";
    }

    private static int analysed(
            FollowUp.UnitFollowUp unit, boolean due, @Nullable Double followUp, Map<String, Integer> not) {
        if (!due) {
            not.merge("NOT_YET_DUE", 1, Integer::sum);
        } else if (unit.baseline() == null) {
            not.merge("MISSING_BASELINE", 1, Integer::sum);
        } else if (followUp == null) {
            not.merge("MISSING_FOLLOW_UP", 1, Integer::sum);
        } else {
            return 1;
        }
        return 0;
    }

    private static List<Count> counts(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()))
                .toList();
    }
}
