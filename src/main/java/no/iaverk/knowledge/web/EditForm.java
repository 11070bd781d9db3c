package no.iaverk.knowledge.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.knowledge.KnowledgeEdit;
import no.iaverk.knowledge.KnowledgeSource;
import no.iaverk.shared.MessageBundle;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The edit form's fields as typed: themes and related ids one per line, the attributes as JSON text, the revision the
 * form was opened at. {@link #toEdit} reads it into an edit and names what cannot be read (the rest is the service's).
 */
record EditForm(
        @Nullable String revision,
        @Nullable String title,
        @Nullable String summary,
        @Nullable String body,
        @Nullable String scope,
        @Nullable List<String> industryProgrammes,
        @Nullable String industry,
        @Nullable String targetGroup,
        @Nullable String themes,
        @Nullable String sourceKind,
        @Nullable String evidence,
        @Nullable String sourceFile,
        @Nullable String sourceLines,
        @Nullable String related,
        @Nullable String attributes,
        @Nullable String revisedOn) {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** The edit read from the form, and the fields that could not be read (revision, attributes). */
    record Read(KnowledgeEdit edit, Map<String, String> errors) {}

    static EditForm of(KnowledgeEdit edit) {
        return new EditForm(
                String.valueOf(edit.revision()),
                edit.title(),
                edit.summary(),
                edit.body(),
                edit.scope(),
                edit.industryProgrammes() == null
                        ? List.of()
                        : edit.industryProgrammes().stream()
                                .map(String::valueOf)
                                .toList(),
                edit.industry(),
                edit.targetGroup(),
                lines(edit.themes()),
                edit.sourceKind(),
                edit.evidence(),
                edit.source() == null ? "" : edit.source().file(),
                edit.source() == null ? "" : edit.source().lines(),
                lines(edit.related()),
                edit.attributes() == null || edit.attributes().isEmpty()
                        ? ""
                        : JSON.writeValueAsString(edit.attributes()),
                edit.revisedOn());
    }

    Read toEdit() {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer basedOn = null;
        try {
            basedOn = revision == null ? null : Integer.valueOf(revision.strip());
        } catch (NumberFormatException e) {
            // named below
        }
        if (basedOn == null) {
            errors.put("revision", text("knowledge.edit.error.revision"));
        }
        Map<String, @Nullable Object> attributeValues = Map.of();
        if (attributes != null && !attributes.isBlank()) {
            try {
                attributeValues =
                        JSON.readValue(attributes, new TypeReference<LinkedHashMap<String, @Nullable Object>>() {});
            } catch (JacksonException e) {
                errors.put("attributes", text("knowledge.edit.error.attributes"));
            }
        }
        var edit = new KnowledgeEdit(
                basedOn,
                title,
                summary,
                body,
                scope,
                industryProgrammes == null ? List.of() : List.copyOf(industryProgrammes),
                industry,
                targetGroup,
                split(themes),
                sourceKind,
                evidence,
                new KnowledgeSource(sourceFile == null ? "" : sourceFile, sourceLines == null ? "" : sourceLines),
                split(related),
                attributeValues,
                revisedOn);
        return new Read(edit, errors);
    }

    /** The same form opened at another revision (after someone else saved), the values kept. */
    EditForm basedOn(int other) {
        return new EditForm(
                String.valueOf(other),
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
                sourceFile,
                sourceLines,
                related,
                attributes,
                revisedOn);
    }

    /** Whether the programme is ticked. */
    public boolean hasProgramme(String code) {
        return industryProgrammes != null && industryProgrammes.contains(code);
    }

    private static List<@Nullable String> split(@Nullable String lines) {
        return lines == null
                ? List.of()
                : Arrays.stream(lines.split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .map(line -> (@Nullable String) line)
                        .toList();
    }

    private static String lines(@Nullable List<@Nullable String> values) {
        return values == null
                ? ""
                : String.join("\n", values.stream().map(String::valueOf).toList());
    }

    private static String text(String code) {
        return MessageBundle.of("templates/knowledge/messages").getMessage(code);
    }
}
