package no.iaverk.trials;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.prioritization.PriorityFilter;
import no.iaverk.prioritization.PriorityFilters;
import no.iaverk.prioritization.PriorityList;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.trials.TrialExceptions.TrialNotFound;
import no.iaverk.trials.TrialExceptions.WrongState;
import no.iaverk.trials.internal.AllocationSequence;
import no.iaverk.trials.internal.AllocationSequence.ArmRatio;
import no.iaverk.trials.internal.AllocationStore;
import no.iaverk.trials.internal.Stratification;
import no.iaverk.trials.internal.TrialStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts a trial, in one transaction: freezes the eligible workplaces (the call list with the trial's rule set and
 * filters, with their baseline: the last four published quarters), groups them to legal units, places the units in
 * strata, draws a 256-bit secret and a nonce from {@link SecureRandom}, generates the whole sequence
 * ({@link AllocationSequence}), seals it, and publishes SHA-256(nonce ‖ sequence). BEFORE_CONTACT randomises the
 * whole list now; its offer arms reach the call list through the published view {@code trial_outreach}.
 */
@Service
public class TrialStart {

    static final int BASELINE_QUARTERS = 4;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TrialStore store;
    private final AllocationStore allocationStore;
    private final PriorityList callList;
    private final PriorityFilters filters;
    private final Trials trials;
    private final Clock clock;

    TrialStart(
            TrialStore store,
            AllocationStore allocationStore,
            PriorityList callList,
            PriorityFilters filters,
            Trials trials,
            Clock clock) {
        this.store = store;
        this.allocationStore = allocationStore;
        this.callList = callList;
        this.filters = filters;
        this.trials = trials;
        this.clock = clock;
    }

    @Transactional
    public TrialStarted start(long id, CurrentUser user) {
        TrialDesigns.requireSuperuser(user, "Bare en superbruker kan starte et forsøk.");
        TrialStatus status = store.lock(id).orElseThrow(() -> new TrialNotFound(id));
        if (status != TrialStatus.DRAFT) {
            throw new WrongState("Forsøket er allerede startet (" + status + "), og et startet forsøk endres aldri.");
        }
        Trial trial = trials.get(id);
        List<ArmRatio> arms = trial.arms().stream()
                .map(arm -> new ArmRatio(String.valueOf(arm.code()), arm.ratio() == null ? 1 : arm.ratio()))
                .toList();
        int minimum = 2 * AllocationSequence.largestBlock(arms);

        List<String> quarters = store.lastPublishedQuarters(BASELINE_QUARTERS);
        int workplaces = store.freezeEligible(id, callList.orgNumbers(eligibility(trial), user), quarters);
        List<Stratification.Unit> units = store.eligibleUnits(id);
        if (units.size() < minimum) {
            throw new InvalidRequestException(("Forsøket har %d kvalifiserte juridiske enheter; med disse armene trengs"
                            + " minst %d (to av de største blokkene). Utvid regelsettet eller filtrene.")
                    .formatted(units.size(), minimum));
        }
        Map<String, String> strata = Stratification.assign(units, trial.strata(), minimum);
        Map<String, Integer> sizes = Stratification.sizes(strata);

        byte[] secret = new byte[32];
        byte[] nonce = new byte[32];
        RANDOM.nextBytes(secret);
        RANDOM.nextBytes(nonce);
        Map<String, List<String>> sequence = AllocationSequence.generate(secret, sizes, arms);
        String canonical = AllocationSequence.canonical(sequence);
        String digest = AllocationSequence.digest(nonce, canonical);
        store.seal(id, strata, sizes, secret, nonce, canonical, sequence);
        Instant now = clock.instant();
        store.markStarted(id, user.username(), now, quarters, digest);

        if (trial.design() == TrialKind.BEFORE_CONTACT) {
            allocateAll(id, sequence, user, now);
        }
        return new TrialStarted(id, TrialStatus.RUNNING, units.size(), workplaces, digest);
    }

    /** The trial's filters with its rule set, read as the call list reads them; the order does not matter here. */
    private PriorityFilter eligibility(Trial trial) {
        Map<String, String> parameters = new LinkedHashMap<>(trial.filters());
        if (trial.ruleSetId() != null) {
            parameters.put("ruleSet", String.valueOf(trial.ruleSetId()));
        }
        return filters.parse(parameters);
    }

    /** BEFORE_CONTACT: every legal unit takes the next slot of its stratum, in legal-unit order, now. */
    private void allocateAll(long id, Map<String, List<String>> sequence, CurrentUser user, Instant now) {
        Map<String, Integer> next = new HashMap<>();
        allocationStore.unitsByStratum(id).forEach((legalUnit, stratum) -> {
            int position = next.merge(stratum, 1, Integer::sum);
            String arm = sequence.get(stratum).get(position - 1);
            allocationStore.allocate(id, legalUnit, legalUnit, stratum, position, arm, null, user.username(), now);
        });
    }
}
