package no.iaverk.knowledge.internal;

import java.time.LocalDate;
import java.util.List;
import no.iaverk.knowledge.KnowledgeType;
import org.jspecify.annotations.Nullable;

/** One validated item of a content file, ready to store; {@code hash} is of the item's JSON as shipped. */
record ShippedItem(
        String id,
        KnowledgeType type,
        String key,
        String title,
        String summary,
        String body,
        @Nullable String scope,
        List<String> industryProgrammes,
        @Nullable String industry,
        @Nullable String targetGroup,
        List<String> themes,
        String sourceKind,
        @Nullable String evidence,
        String sourceFile,
        String sourceLines,
        List<String> related,
        String attributesJson,
        @Nullable LocalDate revisedOn,
        String json,
        String file,
        String hash) {}
