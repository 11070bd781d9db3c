package no.iaverk.knowledge.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import no.iaverk.knowledge.EvidenceStrength;
import no.iaverk.knowledge.KnowledgeEdit;
import no.iaverk.knowledge.KnowledgeRevision;
import no.iaverk.knowledge.KnowledgeScope;
import no.iaverk.knowledge.KnowledgeType;
import no.iaverk.knowledge.SourceKind;
import no.iaverk.shared.MessageBundle;
import no.iaverk.shared.PlausibleDates;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.MessageSourceAccessor;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rules of an admin's edit, the same as the content files' (a title, a summary, a known source kind, a source with
 * file and line range, known codes), plus limits on length and a revision date that is not in the future. Also the
 * item's editable fields as plain JSON-like values, in one order, so two versions compare field by field.
 */
public final class EditRules {

    /** The editable fields, in the order forms, histories and conflicts show them. */
    public static final List<String> FIELDS = List.of(
            "title",
            "summary",
            "body",
            "scope",
            "industryProgrammes",
            "industry",
            "targetGroup",
            "themes",
            "sourceKind",
            "evidence",
            "source",
            "related",
            "attributes",
            "revisedOn");

    static final int MAX_TITLE = 300;
    static final int MAX_SUMMARY = 2_000;
    static final int MAX_BODY = 50_000;
    static final int MAX_SHORT = 300;
    static final int MAX_THEME = 100;
    static final int MAX_LIST = 50;
    static final int MAX_ATTRIBUTES = 20_000;

    private static final MessageSourceAccessor TEXTS = MessageBundle.of("templates/knowledge/messages");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINES = Pattern.compile("\\d+(-\\d+)?");

    private EditRules() {}

    /** Every bad field of the edit with a Norwegian message that names it; empty when the edit may be saved. */
    public static Map<String, String> errors(KnowledgeEdit edit, Set<String> programmeCodes, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (edit.revision() == null) {
            errors.put("revision", TEXTS.getMessage("knowledge.edit.error.revision"));
        }
        text(errors, "title", edit.title(), true, MAX_TITLE);
        text(errors, "summary", edit.summary(), true, MAX_SUMMARY);
        text(errors, "body", edit.body(), false, MAX_BODY);
        code(errors, "scope", edit.scope(), KnowledgeScope.class, false);
        list(errors, "industryProgrammes", edit.industryProgrammes(), MAX_SHORT);
        for (String programme : strings(edit.industryProgrammes())) {
            if (!programmeCodes.contains(programme)) {
                errors.putIfAbsent(
                        "industryProgrammes",
                        TEXTS.getMessage("knowledge.edit.error.programme", new Object[] {programme}));
            }
        }
        text(errors, "industry", edit.industry(), false, MAX_SHORT);
        text(errors, "targetGroup", edit.targetGroup(), false, MAX_SHORT);
        list(errors, "themes", edit.themes(), MAX_THEME);
        code(errors, "sourceKind", edit.sourceKind(), SourceKind.class, true);
        code(errors, "evidence", edit.evidence(), EvidenceStrength.class, false);
        var source = edit.source();
        text(errors, "source.file", source == null ? null : source.file(), true, MAX_SHORT);
        String lines =
                source == null || source.lines() == null ? "" : source.lines().strip();
        if (!LINES.matcher(lines).matches()) {
            errors.put("source.lines", TEXTS.getMessage("knowledge.edit.error.lines"));
        }
        list(errors, "related", edit.related(), MAX_SHORT);
        for (String id : strings(edit.related())) {
            if (KnowledgeType.ofId(id) == null) {
                errors.putIfAbsent("related", TEXTS.getMessage("knowledge.edit.error.related", new Object[] {id}));
            }
        }
        if (edit.attributes() != null
                && JSON.writeValueAsString(edit.attributes()).length() > MAX_ATTRIBUTES) {
            errors.put("attributes", TEXTS.getMessage("knowledge.edit.error.tooLong", new Object[] {
                label("attributes"), MAX_ATTRIBUTES
            }));
        }
        String revisedOn = blankToNull(edit.revisedOn());
        if (revisedOn != null) {
            LocalDate date = date(revisedOn);
            if (date == null || !PlausibleDates.plausible(date) || date.isAfter(today)) {
                errors.put("revisedOn", TEXTS.getMessage("knowledge.edit.error.date"));
            }
        }
        return errors;
    }

    /** The edit's values as stored: texts stripped, empty optional values as null, attributes as plain JSON values. */
    public static Map<String, @Nullable Object> values(KnowledgeEdit edit) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put("title", strip(edit.title()));
        values.put("summary", strip(edit.summary()));
        values.put("body", strip(edit.body()));
        values.put("scope", blankToNull(edit.scope()));
        values.put("industryProgrammes", strings(edit.industryProgrammes()));
        values.put("industry", blankToNull(edit.industry()));
        values.put("targetGroup", blankToNull(edit.targetGroup()));
        values.put("themes", strings(edit.themes()));
        values.put("sourceKind", blankToNull(edit.sourceKind()));
        values.put("evidence", blankToNull(edit.evidence()));
        var source = edit.source();
        values.put("source", source(source == null ? null : source.file(), source == null ? null : source.lines()));
        values.put("related", strings(edit.related()));
        values.put("attributes", plain(edit.attributes()));
        String revisedOn = blankToNull(edit.revisedOn());
        LocalDate date = revisedOn == null ? null : date(revisedOn);
        values.put("revisedOn", date == null ? null : date.toString());
        return values;
    }

    /** The fields whose values differ, in the order of {@link #FIELDS}. */
    public static List<KnowledgeRevision.Change> changes(
            Map<String, @Nullable Object> before, Map<String, @Nullable Object> after) {
        List<KnowledgeRevision.Change> changes = new ArrayList<>();
        for (String field : FIELDS) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                changes.add(new KnowledgeRevision.Change(field, before.get(field), after.get(field)));
            }
        }
        return changes;
    }

    static Map<String, @Nullable Object> source(@Nullable String file, @Nullable String lines) {
        Map<String, @Nullable Object> source = new LinkedHashMap<>();
        source.put("file", strip(file));
        source.put("lines", strip(lines));
        return source;
    }

    /** Attributes through JSON and back, so values from a request and from the database compare equal. */
    static Map<String, @Nullable Object> plain(@Nullable Map<String, @Nullable Object> attributes) {
        return attributes == null ? Map.of() : plain(JSON.writeValueAsString(attributes));
    }

    static Map<String, @Nullable Object> plain(String json) {
        return JSON.readValue(json, new TypeReference<LinkedHashMap<String, @Nullable Object>>() {});
    }

    private static void text(
            Map<String, String> errors, String field, @Nullable String value, boolean required, int max) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            errors.put(field, TEXTS.getMessage("knowledge.edit.error.required", new Object[] {label(field)}));
        } else if (text.length() > max) {
            errors.put(field, TEXTS.getMessage("knowledge.edit.error.tooLong", new Object[] {label(field), max}));
        }
    }

    private static void code(
            Map<String, String> errors,
            String field,
            @Nullable String value,
            Class<? extends Enum<?>> type,
            boolean required) {
        String code = blankToNull(value);
        if (code == null) {
            if (required) {
                errors.put(field, TEXTS.getMessage("knowledge.edit.error.required", new Object[] {label(field)}));
            }
            return;
        }
        List<String> names =
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (!names.contains(code)) {
            errors.put(field, TEXTS.getMessage("knowledge.edit.error.value", new Object[] {
                label(field), code, String.join(", ", names)
            }));
        }
    }

    private static void list(
            Map<String, String> errors, String field, @Nullable List<@Nullable String> values, int max) {
        if (values == null) {
            return;
        }
        boolean blank = values.stream().anyMatch(v -> v == null || v.isBlank());
        boolean tooLong = values.stream().anyMatch(v -> v != null && v.strip().length() > max);
        if (blank || tooLong || values.size() > MAX_LIST) {
            errors.put(
                    field, TEXTS.getMessage("knowledge.edit.error.list", new Object[] {label(field), MAX_LIST, max}));
        }
    }

    /** The field's Norwegian name. */
    public static String label(String field) {
        return TEXTS.getMessage("knowledge.field." + field);
    }

    private static List<String> strings(@Nullable List<@Nullable String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::strip).toList();
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
