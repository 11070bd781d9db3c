package no.iaverk.trials;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import no.iaverk.security.AuditLog;
import no.iaverk.security.CurrentUser;
import no.iaverk.security.Role;
import no.iaverk.shared.ForbiddenException;
import no.iaverk.trials.TrialExceptions.WrongState;
import no.iaverk.trials.analysis.TrialAnalyzer;
import no.iaverk.trials.analysis.TrialUnit;
import no.iaverk.trials.internal.FollowUpStore;
import no.iaverk.trials.internal.Stratification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A started trial's follow-up: its flow, the balance table at randomisation, each enterprise's adherence and the
 * analysis, each computed from the frozen list, the allocations, the cases' published views and the statistics.
 *
 * <p>While a trial runs, figures by arm are for superusers only: per-arm counts and baselines, read by those who
 * enrol, would hint at what is left of a block, and interim results by arm invite steering. Everyone else sees the
 * pooled flow until the trial is closed. Every answer is audit-logged as a read of the trial's enterprises.
 */
@Service
public class TrialFollowUp {

    static final String ARMS_WITHHELD = "Tall per arm vises bare for superbrukere mens forsøket pågår, og for alle"
            + " når det er avsluttet, så de som melder inn ikke kan se hva som er igjen av en blokk.";

    private final Trials trials;
    private final FollowUpStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate snapshot;
    private final TrialAnalyzer analyzer = new TrialAnalyzer(TrialAnalyzer.Settings.DEFAULT);

    TrialFollowUp(
            Trials trials, FollowUpStore store, AuditLog audit, Clock clock, PlatformTransactionManager transactions) {
        this.trials = trials;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        // The follow-up's reads see one snapshot (units, outcomes and collaborations of the same moment), and the
        // audit entry is written after it, never while its connection waits.
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    public TrialFlow flow(long id, CurrentUser user, AuditLog.Channel channel, String path) {
        FollowUp followUp = read(id, user, channel, path, "TRIAL_FLOW");
        return TrialFlow.count(followUp, armsVisible(followUp.trial(), user), ARMS_WITHHELD);
    }

    public TrialBalance balance(long id, CurrentUser user, AuditLog.Channel channel, String path) {
        FollowUp followUp = readByArm(id, user, channel, path, "TRIAL_BALANCE");
        return TrialBalance.of(followUp, store.levelNames());
    }

    /** One row per randomised legal unit, in the order of the arms and then the legal units. */
    public List<Adherence> adherence(long id, CurrentUser user, AuditLog.Channel channel, String path) {
        FollowUp followUp = readByArm(id, user, channel, path, "TRIAL_ADHERENCE");
        List<Adherence> rows = new ArrayList<>();
        for (Arm arm : followUp.trial().arms()) {
            for (FollowUp.UnitFollowUp unit : followUp.inArm(String.valueOf(arm.code()))) {
                rows.add(Adherence.of(
                        unit.unit().legalUnit(),
                        unit.unit().name(),
                        arm,
                        unit.unit().caseId(),
                        unit.collaboration(),
                        followUp.today()));
            }
        }
        return rows;
    }

    public TrialResults analysis(long id, CurrentUser user, AuditLog.Channel channel, String path) {
        FollowUp followUp = readByArm(id, user, channel, path, "TRIAL_ANALYSIS");
        Trial trial = followUp.trial();
        List<String> arms =
                trial.arms().stream().map(a -> String.valueOf(a.code())).toList();
        List<TrialUnit> units = followUp.randomised().stream()
                .map(u -> new TrialUnit(
                        u.unit().legalUnit(),
                        String.valueOf(u.unit().arm()),
                        strataValues(u.unit().stratum(), trial.strata().size()),
                        u.baseline(),
                        u.firstYear(),
                        u.secondYear()))
                .toList();
        return new TrialResults(
                trial.id(),
                trial.status(),
                TrialResults.OUTCOME,
                followUp.latestPublished() == null
                        ? null
                        : followUp.latestPublished().toString(),
                analyzer.analyse(arms, units),
                TrialResults.means(followUp));
    }

    /**
     * The unit's value of each factor, read from its randomisation stratum ({@code SIZE_BAND=20-49;COUNTY=46}). A unit
     * of the merged stratum OTHER has OTHER for every factor: the model's main effects then hold one level for the
     * merged stratum, and the permutations re-randomise exactly within the strata the allocation used.
     */
    static List<String> strataValues(String stratum, int factors) {
        if (factors == 0) {
            return List.of();
        }
        if (stratum.equals(Stratification.OTHER)) {
            return Collections.nCopies(factors, Stratification.OTHER);
        }
        return Arrays.stream(stratum.split(";"))
                .map(part -> part.substring(part.indexOf('=') + 1))
                .toList();
    }

    static boolean armsVisible(Trial trial, CurrentUser user) {
        return trial.status() == TrialStatus.CLOSED || user.has(Role.SUPERUSER);
    }

    private FollowUp readByArm(long id, CurrentUser user, AuditLog.Channel channel, String path, String resource) {
        Trial trial = started(id);
        if (!armsVisible(trial, user)) {
            throw new ForbiddenException(ARMS_WITHHELD);
        }
        return read(id, user, channel, path, resource);
    }

    private FollowUp read(long id, CurrentUser user, AuditLog.Channel channel, String path, String resource) {
        Trial trial = started(id);
        FollowUp followUp = snapshot.execute(status -> FollowUp.read(trial, store, LocalDate.now(clock)));
        audit.recordRead(user, resource, String.valueOf(id), followUp.legalUnits(), channel, path, null);
        return followUp;
    }

    private Trial started(long id) {
        Trial trial = trials.get(id);
        if (trial.status() == TrialStatus.DRAFT) {
            throw new WrongState("Forsøket er ikke startet ennå, så det har ingen liste, tildeling eller oppfølging.");
        }
        return trial;
    }
}
