package no.iaverk.trials;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import no.iaverk.cases.Cases;
import no.iaverk.security.AuditLog;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.shared.OrgNumber;
import no.iaverk.trials.TrialExceptions.AlreadyEnrolled;
import no.iaverk.trials.TrialExceptions.NotEnrollable;
import no.iaverk.trials.TrialExceptions.TrialNotFound;
import no.iaverk.trials.internal.AllocationStore;
import no.iaverk.trials.internal.TrialStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A caseworker enrols an enterprise that agreed to a collaboration in a running AMONG_WILLING trial: its legal unit
 * takes the next slot of its stratum, and only now does anyone learn the arm (allocation concealment). Enrolling
 * starts a case with background TRIAL or links the enterprise's open case, through the cases module. An enrolment is
 * never undone.
 */
@Service
public class Enrolments {

    private final TrialStore store;
    private final AllocationStore allocationStore;
    private final Cases cases;
    private final AuditLog audit;
    private final Clock clock;

    Enrolments(TrialStore store, AllocationStore allocationStore, Cases cases, AuditLog audit, Clock clock) {
        this.store = store;
        this.allocationStore = allocationStore;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Enrolment enrol(long trialId, OrgNumber orgNumber, CurrentUser user, AuditLog.Channel channel, String path) {
        if (!user.has(Role.CASEWORKER)) {
            throw new ForbiddenException("Bare saksbehandlere kan melde virksomheter inn i et forsøk.");
        }
        TrialStatus status = store.statusForEnrolment(trialId).orElseThrow(() -> new TrialNotFound(trialId));
        if (status != TrialStatus.RUNNING) {
            throw new NotEnrollable("Forsøket tar ikke imot innmeldinger: det er " + status + ".");
        }
        Trial trial = store.find(trialId).orElseThrow(() -> new TrialNotFound(trialId));
        if (trial.design() != TrialKind.AMONG_WILLING) {
            throw new NotEnrollable("I et forsøk med design BEFORE_CONTACT ble hele listen randomisert ved start;"
                    + " ingen meldes inn.");
        }
        String org = orgNumber.value();
        String legalUnit = allocationStore
                .eligibleLegalUnit(trialId, org)
                .orElseThrow(() -> new NotEnrollable(
                        "Virksomheten %s står ikke på forsøkets liste over kvalifiserte virksomheter.".formatted(org)));
        String stratum = allocationStore.stratumOf(trialId, legalUnit);
        allocationStore.lockStratum(trialId, stratum);
        if (allocationStore.allocated(trialId, legalUnit)) {
            throw new AlreadyEnrolled(org, legalUnit);
        }
        int position = allocationStore.nextPosition(trialId, stratum);
        String arm = allocationStore.slot(trialId, stratum, position);
        long caseId = cases.startOrLinkForTrial(orgNumber, trialId, arm, user);
        Instant now = clock.instant();
        allocationStore.allocate(trialId, legalUnit, org, stratum, position, arm, caseId, user.username(), now);
        // The arm is shown now: a read of the allocation, logged like any other read of the enterprise's data.
        audit.recordRead(
                user,
                "TRIAL_ENROLMENT",
                String.valueOf(trialId),
                List.of(org, legalUnit).stream().distinct().toList(),
                channel,
                path,
                null);
        String armName = trial.arms().stream()
                .filter(a -> arm.equals(a.code()))
                .map(a -> String.valueOf(a.name()))
                .findFirst()
                .orElse(arm);
        return new Enrolment(trialId, org, legalUnit, arm, armName, caseId);
    }
}
