package no.iaverk.trials;

import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import no.iaverk.security.AuditLog;
import no.iaverk.security.CurrentUser;
import no.iaverk.trials.TrialExceptions.TrialNotFound;
import no.iaverk.trials.TrialExceptions.WrongState;
import no.iaverk.trials.internal.AllocationStore;
import no.iaverk.trials.internal.TrialStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads trials (never the allocation of one that is not closed), closes them, and reveals a closed trial's allocation.
 */
@Service
@Transactional(readOnly = true)
public class Trials {

    /** How the sequence was made, for anyone re-running it from the revealed secret. */
    public static final String ALGORITHM = """
            Per stratum (strata in ascending order of their codes): a stream of HMAC-SHA256(key = secret, message = \
            UTF-8(stratum code) || 0x00 || counter as 8 bytes big-endian) for counter = 0, 1, 2, ..., read 4 bytes at \
            a time as unsigned big-endian 32-bit integers; uniform(n) rejects u >= 2^32 - (2^32 mod n) and returns \
            u mod n. Until the stratum's sequence is at least as long as its legal units: k = 1 + uniform(2); the \
            block is each arm's code repeated k x its ratio times, arms in the design's order; Fisher-Yates shuffle \
            (for i from size-1 down to 1: j = uniform(i+1), swap i and j); append. Canonical text: one line \
            "stratum TAB position TAB arm LF" per slot, positions from 1. Digest: lower-case hex \
            SHA-256(nonce bytes || UTF-8(canonical text)).""";

    private final TrialStore store;
    private final AllocationStore allocationStore;
    private final AuditLog audit;
    private final Clock clock;

    Trials(TrialStore store, AllocationStore allocationStore, AuditLog audit, Clock clock) {
        this.store = store;
        this.allocationStore = allocationStore;
        this.audit = audit;
        this.clock = clock;
    }

    public Trial get(long id) {
        return store.find(id).orElseThrow(() -> new TrialNotFound(id));
    }

    /** Every trial, newest first. */
    public List<Trial> list() {
        return store.ids().stream().map(this::get).toList();
    }

    /** A superuser closes a running trial; from then on its allocation can be revealed. */
    @Transactional
    public Trial close(long id, CurrentUser user) {
        TrialDesigns.requireSuperuser(user, "Bare en superbruker kan avslutte et forsøk.");
        TrialStatus status = store.lock(id).orElseThrow(() -> new TrialNotFound(id));
        if (status != TrialStatus.RUNNING) {
            throw new WrongState("Bare et forsøk som pågår kan avsluttes; dette er " + status + ".");
        }
        store.markClosed(id, user.username(), clock.instant());
        return get(id);
    }

    /**
     * A closed trial's nonce, secret, canonical sequence and allocations, audit-logged as a read of every enterprise
     * allocated. Before CLOSED: 409, and nothing of it.
     */
    public RevealedAllocation allocation(long id, CurrentUser user, AuditLog.Channel channel, String path) {
        Trial trial = get(id);
        if (trial.status() != TrialStatus.CLOSED) {
            throw new WrongState("Tildelingen vises først når forsøket er avsluttet (CLOSED); nå er det "
                    + trial.status()
                    + ". Sjekksummen som ble publisert ved start: "
                    + (trial.allocationDigest() == null ? "ingen ennå" : trial.allocationDigest())
                    + ".");
        }
        AllocationStore.Sealed sealed = allocationStore.sealed(id);
        var allocations = allocationStore.allocations(id);
        var revealed = new RevealedAllocation(
                id,
                String.valueOf(trial.allocationDigest()),
                HexFormat.of().formatHex(sealed.nonce()),
                HexFormat.of().formatHex(sealed.secret()),
                sealed.sequence(),
                ALGORITHM,
                allocations);
        auditReveal(user, id, allocations, channel, path);
        return revealed;
    }

    private void auditReveal(
            CurrentUser user,
            long id,
            List<RevealedAllocation.Allocation> allocations,
            AuditLog.Channel channel,
            String path) {
        // Recorded by the service, so every way to the reveal is logged.
        audit.recordRead(
                user,
                "TRIAL_ALLOCATION",
                String.valueOf(id),
                allocations.stream()
                        .map(RevealedAllocation.Allocation::legalUnit)
                        .distinct()
                        .toList(),
                channel,
                path,
                null);
    }
}
