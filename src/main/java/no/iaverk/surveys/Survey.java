package no.iaverk.surveys;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A survey run as its host sees it: its state and its themes. How many have joined and answered is shown while a theme
 * is open (the room's progress) and once the survey is completed (the totals), and is null otherwise; {@code answered}
 * says whether anyone has answered at all.
 */
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
        @Nullable Long participants,
        @Nullable Long answers,
        boolean answered,
        List<Theme> themes) {

    /**
     * A theme of the survey. The host opens one at a time; a theme that has been open and is closed again stays closed,
     * and only then are its results shown.
     */
    public record Theme(long id, String code, String name, boolean open, boolean closed, int questions) {}

    public boolean anyThemeOpen() {
        return themes.stream().anyMatch(Theme::open);
    }
}
