package no.iaverk.evaluation;

import java.time.LocalDate;
import java.util.List;
import no.iaverk.evaluation.internal.EvaluationData;
import no.iaverk.shared.Quarter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Effect estimates from the published data: the workplaces' published quarters and every workplace's first
 * collaboration; the filter chooses which first starts are studied, every other one still decides when a workplace
 * stops being a comparison.
 */
@Service
public class EffectEvaluation {

    private final EvaluationData data;
    private final EffectEstimator estimator;

    EffectEvaluation(
            EvaluationData data,
            @Value("${iaverk.evaluation.replicates:999}") int replicates,
            @Value("${iaverk.evaluation.seed:20261201}") long seed) {
        this.data = data;
        this.estimator = new EffectEstimator(new EffectEstimator.Settings(replicates, seed));
    }

    public EffectEstimate estimate(EffectFilter filter) {
        var range = data.publishedRange();
        if (range.isEmpty()) return EffectEstimate.insufficient(EffectEstimator.METHOD, 0, 0, 0);
        Quarter first = range.get().first();
        List<EvaluationData.FirstCollaboration> collaborations = data.firstCollaborations();
        List<FirstStart> everyone = collaborations.stream()
                .map(c -> new FirstStart(
                        c.orgNumber(),
                        String.valueOf(c.collaborationId()),
                        index(c.start().startedOn(), first)))
                .toList();
        List<FirstStart> studied = collaborations.stream()
                .filter(c -> filter.matches(c.start()))
                .map(c -> new FirstStart(
                        c.orgNumber(),
                        String.valueOf(c.collaborationId()),
                        index(c.start().startedOn(), first)))
                .toList();
        Panel panel = new Panel(data.workplaces(first, range.get().last()), everyone);
        return estimator.estimate(panel, studied);
    }

    /** The panel index of the quarter a date falls in (negative before the panel's first quarter). */
    private static int index(LocalDate date, Quarter first) {
        return (date.getYear() - first.year()) * 4 + (date.getMonthValue() - 1) / 3 + 1 - first.quarter();
    }
}
