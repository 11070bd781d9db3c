package no.iaverk.evaluation;

import java.time.LocalDate;
import no.iaverk.evaluation.internal.EvaluationData.FirstCollaboration;
import no.iaverk.shared.Quarter;

/**
 * A workplace's first collaboration ever: it counts once, from this start. {@code quarter} is the panel index of the
 * start quarter (relative quarter 0); {@code collaboration} is the cluster the bootstrap resamples, because the
 * sub-units of one collaboration share shocks.
 */
public record FirstStart(String orgNumber, String collaboration, int quarter) {

    /** The start of {@code c} in a panel whose index 0 is {@code first}. */
    static FirstStart of(FirstCollaboration c, Quarter first) {
        return new FirstStart(
                c.orgNumber(),
                String.valueOf(c.collaborationId()),
                index(c.start().startedOn(), first));
    }

    /** The panel index of the quarter a date falls in (negative before the panel's first quarter). */
    static int index(LocalDate date, Quarter first) {
        return (date.getYear() - first.year()) * 4 + (date.getMonthValue() - 1) / 3 + 1 - first.quarter();
    }
}
