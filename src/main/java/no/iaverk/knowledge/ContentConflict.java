package no.iaverk.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * A shipped version of an item that an admin has edited, waiting for a decision: field by field, the admin's value
 * ({@code before}) against the shipped one ({@code after}), only where they differ.
 */
public record ContentConflict(
        String itemId,
        String title,
        Instant detectedAt,
        int olderVersions,
        List<KnowledgeRevision.Change> differences) {

    /** Which version an admin keeps. */
    public enum Keep {
        ADMIN,
        SHIPPED
    }
}
