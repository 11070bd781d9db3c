package no.iaverk.trials;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.iaverk.shared.Quarter;
import no.iaverk.trials.internal.FollowUpStore;
import no.iaverk.trials.internal.FollowUpStore.TrialCollaboration;
import no.iaverk.trials.internal.Stratification;
import org.jspecify.annotations.Nullable;

/**
 * A started trial as its follow-up sees it, read once per answer: every legal unit of the frozen list with its
 * allocation, its sick leave around the randomisation quarter and the collaboration started in the trial.
 *
 * @param latestPublished the latest published quarter, null before any
 * @param today in Norway, for the running time of collaborations that have not ended
 */
record FollowUp(
        Trial trial, List<UnitFollowUp> units, @Nullable Quarter latestPublished, LocalDate today) {

    /** The trial's reference arm: the first of the design. */
    String referenceArm() {
        return String.valueOf(trial.arms().get(0).code());
    }

    List<UnitFollowUp> randomised() {
        return units.stream().filter(UnitFollowUp::isRandomised).toList();
    }

    List<UnitFollowUp> inArm(String arm) {
        return units.stream().filter(u -> arm.equals(u.unit().arm())).toList();
    }

    List<String> legalUnits() {
        return units.stream().map(u -> u.unit().legalUnit()).toList();
    }

    static FollowUp read(Trial trial, FollowUpStore store, LocalDate today) {
        Map<String, FollowUpStore.Outcome> outcomes = store.outcomes(trial.id()).stream()
                .collect(Collectors.toMap(FollowUpStore.Outcome::legalUnit, Function.identity()));
        // The first collaboration started in the trial is the one that counts for the unit.
        Map<String, TrialCollaboration> collaborations = store.collaborations(trial.id()).stream()
                .filter(c -> c.legalUnit() != null)
                .collect(Collectors.toMap(
                        c -> String.valueOf(c.legalUnit()),
                        Function.identity(),
                        (a, b) -> a.collaborationId() < b.collaborationId() ? a : b));
        Quarter latest = store.latestPublishedIndex().map(Quarter::ofIndex).orElse(null);
        List<UnitFollowUp> units = store.units(trial.id()).stream()
                .map(unit -> UnitFollowUp.of(
                        unit, outcomes.get(unit.legalUnit()), collaborations.get(unit.legalUnit()), latest))
                .sorted(Comparator.comparing(u -> u.unit().legalUnit()))
                .toList();
        return new FollowUp(trial, units, latest, today);
    }

    /**
     * One legal unit: percentages over the visible quarters of each period; a follow-up period counts only once all of
     * its quarters are published (a half-published year would compare seasons, not arms).
     */
    record UnitFollowUp(
            FollowUpStore.Unit unit,
            @Nullable Double baseline,
            @Nullable Double firstYear,
            @Nullable Double secondYear,
            boolean firstYearDue,
            boolean secondYearDue,
            boolean statisticsAfter,
            @Nullable TrialCollaboration collaboration) {

        boolean isRandomised() {
            return unit.arm() != null;
        }

        @Nullable
        Quarter randomisationQuarter() {
            return unit.randomisedOn() == null ? null : Quarter.containing(unit.randomisedOn());
        }

        static UnitFollowUp of(
                FollowUpStore.Unit unit,
                FollowUpStore.@Nullable Outcome outcome,
                @Nullable TrialCollaboration collaboration,
                @Nullable Quarter latest) {
            boolean firstDue = due(unit, latest, 4);
            boolean secondDue = due(unit, latest, 8);
            if (outcome == null) {
                return new UnitFollowUp(unit, null, null, null, firstDue, secondDue, false, collaboration);
            }
            return new UnitFollowUp(
                    unit,
                    percent(outcome.baselineLost(), outcome.baselinePossible()),
                    firstDue ? percent(outcome.firstYearLost(), outcome.firstYearPossible()) : null,
                    secondDue ? percent(outcome.secondYearLost(), outcome.secondYearPossible()) : null,
                    firstDue,
                    secondDue,
                    outcome.quartersAfter() > 0,
                    collaboration);
        }

        /** Whether quarter +last after the randomisation quarter has been published. */
        private static boolean due(FollowUpStore.Unit unit, @Nullable Quarter latest, int last) {
            return unit.randomisedOn() != null
                    && latest != null
                    && !latest.isBefore(Quarter.containing(unit.randomisedOn()).plus(last));
        }

        private static @Nullable Double percent(@Nullable BigDecimal lost, @Nullable BigDecimal possible) {
            BigDecimal percent = Stratification.percent(lost, possible);
            return percent == null ? null : percent.round(MathContext.DECIMAL64).doubleValue();
        }
    }
}
