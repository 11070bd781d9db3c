package no.iaverk.surveys;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A survey run as its host sees it: its state, its themes and how many have joined and answered. */
public record Survey(
        long id,
        long caseId,
        long collaborationId,
        SurveyType type,
        SurveyStatus status,
        String joinCode,
        int bankVersion,
        Instant createdAt,
        @Nullable Instant startedAt,
        @Nullable Instant openUntil,
        @Nullable Instant completedAt,
        long participants,
        long answers,
        List<Theme> themes) {

    /** A theme of the survey; the host opens one at a time. */
    public record Theme(long id, String code, String name, boolean open, int questions) {}
}
