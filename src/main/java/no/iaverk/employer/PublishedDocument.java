package no.iaverk.employer;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A published document as the adviser sees it on the collaboration page: what, which version, who published it and
 * when, and whether the enterprise has opened it (how often, first and last time).
 */
public record PublishedDocument(
        long id,
        long caseId,
        long collaborationId,
        String orgNumber,
        DocumentType type,
        @Nullable Long surveyId,
        int version,
        String publishedBy,
        String publishedByName,
        Instant publishedAt,
        int timesOpened,
        @Nullable Instant firstOpenedAt,
        @Nullable Instant lastOpenedAt) {

    public boolean opened() {
        return timesOpened > 0;
    }
}
