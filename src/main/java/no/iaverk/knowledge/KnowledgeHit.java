package no.iaverk.knowledge;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One item in a result list; {@code revisionOverdue}: not revised for over two years ({@link RevisionDue}). */
public record KnowledgeHit(
        String id,
        KnowledgeType type,
        String title,
        String summary,
        KnowledgeSource source,
        @Nullable LocalDate revisedOn,
        boolean revisionOverdue) {

    public KnowledgeHit(String id, KnowledgeType type, String title, String summary, KnowledgeSource source) {
        this(id, type, title, summary, source, null, false);
    }
}
