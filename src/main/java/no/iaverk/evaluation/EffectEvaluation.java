package no.iaverk.evaluation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import no.iaverk.evaluation.CollaborationComparisons.Covered;
import no.iaverk.evaluation.EvaluationSnapshots.Snapshot;
import no.iaverk.evaluation.internal.EvaluationData;
import no.iaverk.evaluation.internal.EvaluationData.FirstCollaboration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Effect estimates from the published data: the workplaces' published quarters and every workplace's first
 * collaboration; the filter chooses which first starts are studied, every other one still decides when a workplace
 * stops being a comparison. Estimates are kept while the data stay the same ({@link EvaluationSnapshots}).
 */
@Service
public class EffectEvaluation {

    /** One collaboration's estimate: its workplaces are the clusters, so it is descriptive. */
    public static final String COLLABORATION_METHOD = "staggered-did-knn5-workplace-bootstrap-descriptive";

    private final EvaluationData data;
    private final EffectEstimator estimator;
    private final EvaluationSnapshots snapshots;

    EffectEvaluation(
            EvaluationData data,
            @Value("${iaverk.evaluation.replicates:999}") int replicates,
            @Value("${iaverk.evaluation.seed:20261201}") long seed,
            @Value("${iaverk.evaluation.reread-after:PT1H}") Duration rereadAfter) {
        this.data = data;
        this.estimator = new EffectEstimator(new EffectEstimator.Settings(replicates, seed));
        this.snapshots = new EvaluationSnapshots(data, rereadAfter, Clock.systemUTC());
    }

    public EffectEstimate estimate(EffectFilter filter) {
        Snapshot snapshot = snapshots.current();
        if (snapshot == null) return EffectEstimate.insufficient(EffectEstimator.METHOD, 0, 0, 0);
        return snapshots.estimate(snapshot, filter, () -> {
            List<FirstStart> studied = snapshot.collaborations().stream()
                    .filter(c -> filter.matches(c.start()))
                    .map(c -> FirstStart.of(c, snapshot.range().first()))
                    .toList();
            return estimator.estimate(snapshot.panel(), studied);
        });
    }

    /**
     * Collaboration {@code collaborationId} of case {@code caseId}: its workplaces against their comparisons, and the
     * estimate over the workplaces first assisted by it; empty when the case has no such collaboration.
     */
    public Optional<CollaborationEffect> collaboration(long caseId, long collaborationId) {
        return data.collaboration(caseId, collaborationId).map(collaboration -> {
            Snapshot snapshot = snapshots.current();
            if (snapshot == null) {
                EffectEstimate none = EffectEstimate.insufficient(COLLABORATION_METHOD, 0, 0, 0);
                return new CollaborationEffect(none, true, null, List.of(), List.of());
            }
            return snapshots.estimate(snapshot, collaboration, () -> collaboration(snapshot, collaboration));
        });
    }

    private CollaborationEffect collaboration(Snapshot snapshot, EvaluationData.Collaboration collaboration) {
        List<FirstCollaboration> firstHere = snapshot.collaborations().stream()
                .filter(c -> c.collaborationId() == collaboration.id())
                .toList();
        // Each workplace its own cluster: resampling the one collaboration would give no spread at all.
        List<FirstStart> studied = firstHere.stream()
                .map(c -> FirstStart.of(c, snapshot.range().first()))
                .map(s -> new FirstStart(s.orgNumber(), s.orgNumber(), s.quarter()))
                .toList();
        EffectEstimate estimate = estimator.estimate(snapshot.panel(), studied).withMethod(COLLABORATION_METHOD);
        List<String> firstAssistedHere =
                firstHere.stream().map(FirstCollaboration::orgNumber).toList();
        List<Covered> covered = data.covered(collaboration.id()).stream()
                .map(w -> new Covered(w.orgNumber(), w.name(), firstAssistedHere.contains(w.orgNumber())))
                .toList();
        int start = FirstStart.index(collaboration.startedOn(), snapshot.range().first());
        var comparisons =
                new CollaborationComparisons(snapshot.panel(), snapshot.range().first(), start);
        var matching = new ComparisonMatching(snapshot.panel()).match(studied);
        return new CollaborationEffect(
                estimate,
                true,
                snapshot.range().first().plus(start).toString(),
                comparisons.series(matching),
                comparisons.workplaces(covered, matching));
    }
}
