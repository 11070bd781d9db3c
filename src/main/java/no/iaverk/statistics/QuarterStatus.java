package no.iaverk.statistics;

import java.time.Instant;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;

/**
 * A quarter iaverk knows: imported or only announced in NAV's calendar, when it is due to be published, and whether
 * and when it was. {@code current} marks the published quarter everything reads.
 */
public record QuarterStatus(
        Quarter quarter,
        boolean imported,
        @Nullable Instant importedAt,
        int enterpriseRows,
        @Nullable Instant publicationDate,
        @Nullable Instant publishedAt,
        @Nullable String publishedBy,
        boolean current) {}
