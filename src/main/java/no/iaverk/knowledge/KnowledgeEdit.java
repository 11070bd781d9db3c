package no.iaverk.knowledge;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An admin's edit of an item: every editable field, whole (a field left out becomes empty), and the revision the edit
 * is based on. Values arrive as typed; {@link KnowledgeEditing} checks them and names each bad field in Norwegian.
 * {@code revisedOn} is an ISO date (yyyy-mm-dd): the day the content was last checked against its sources.
 */
public record KnowledgeEdit(
        @Nullable Integer revision,
        @Nullable String title,
        @Nullable String summary,
        @Nullable String body,
        @Nullable String scope,
        @Nullable List<@Nullable String> industryProgrammes,
        @Nullable String industry,
        @Nullable String targetGroup,
        @Nullable List<@Nullable String> themes,
        @Nullable String sourceKind,
        @Nullable String evidence,
        @Nullable KnowledgeSource source,
        @Nullable List<@Nullable String> related,
        @Nullable Map<String, @Nullable Object> attributes,
        @Nullable String revisedOn) {

    /** The same edit based on another revision (a form shown again after someone else saved). */
    public KnowledgeEdit basedOn(int other) {
        return new KnowledgeEdit(
                other,
                title,
                summary,
                body,
                scope,
                industryProgrammes,
                industry,
                targetGroup,
                themes,
                sourceKind,
                evidence,
                source,
                related,
                attributes,
                revisedOn);
    }
}
