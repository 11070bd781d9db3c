package no.iaverk.employer;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A document in the employer's list ({@code GET /api/employer/documents}); {@code collaborationName} is the
 * collaboration's name as it was when the document was published (from the frozen snapshot).
 */
public record EmployerDocument(
        long id,
        DocumentType type,
        long collaborationId,
        int version,
        Instant publishedAt,
        @Nullable String collaborationName) {}
