package no.iaverk.knowledge.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import no.iaverk.knowledge.ContentFile;
import no.iaverk.knowledge.EvidenceStrength;
import no.iaverk.knowledge.InvalidContentException;
import no.iaverk.knowledge.KnowledgeScope;
import no.iaverk.knowledge.KnowledgeType;
import no.iaverk.knowledge.SourceKind;
import no.iaverk.shared.MessageBundle;
import no.iaverk.shared.PlausibleDates;
import org.jspecify.annotations.Nullable;
import org.springframework.context.support.MessageSourceAccessor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and validates content files: every item needs a key, title, summary, a known source kind and a source with
 * file and line range; enumerated values must be known and industry programmes must be codes of the reference data.
 * The first error stops the load and names the file and the item's key.
 */
final class ContentParser {

    private static final MessageSourceAccessor TEXTS = MessageBundle.of("templates/knowledge/messages");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.]+");
    private static final Pattern LINES = Pattern.compile("\\d+(-\\d+)?");

    private final Set<String> programmeCodes;

    ContentParser(Set<String> programmeCodes) {
        this.programmeCodes = programmeCodes;
    }

    List<ShippedItem> parse(List<ContentFile> files) {
        List<ShippedItem> items = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ContentFile file : files) {
            for (ShippedItem item : parse(file)) {
                if (!ids.add(item.id())) {
                    throw invalid(file.name(), item.key(), "knowledge.content.duplicate", item.id());
                }
                items.add(item);
            }
        }
        return items;
    }

    private List<ShippedItem> parse(ContentFile file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.json());
        } catch (JacksonException e) {
            throw new InvalidContentException(TEXTS.getMessage(
                    "knowledge.content.unreadable", new Object[] {file.name(), e.getOriginalMessage()}));
        }
        if (!root.isArray()) {
            throw new InvalidContentException(
                    TEXTS.getMessage("knowledge.content.notArray", new Object[] {file.name()}));
        }
        List<ShippedItem> items = new ArrayList<>();
        int position = 0;
        for (JsonNode node : root) {
            position++;
            items.add(item(file, node, position));
        }
        return items;
    }

    private ShippedItem item(ContentFile file, JsonNode node, int position) {
        String key = text(node, "key");
        String name = key != null ? key : "#" + position;
        if (key == null || !KEY.matcher(key).matches()) {
            throw invalid(file.name(), name, "knowledge.content.key", String.valueOf(key));
        }
        String title = required(file, name, node, "title");
        String summary = required(file, name, node, "summary");
        JsonNode source = node.path("source");
        String sourceFile = text(source, "file");
        String sourceLines = text(source, "lines");
        if (sourceFile == null
                || sourceLines == null
                || !LINES.matcher(sourceLines).matches()) {
            throw invalid(file.name(), name, "knowledge.content.source");
        }
        List<String> programmes = strings(file, name, node, "industryProgrammes");
        for (String programme : programmes) {
            if (!programmeCodes.contains(programme)) {
                throw invalid(file.name(), name, "knowledge.content.programme", programme);
            }
        }
        List<String> related = strings(file, name, node, "related");
        for (String id : related) {
            if (KnowledgeType.ofId(id) == null) {
                throw invalid(file.name(), name, "knowledge.content.related", id);
            }
        }
        JsonNode attributes = node.path("attributes");
        if (!attributes.isMissingNode() && !attributes.isNull() && !attributes.isObject()) {
            throw invalid(file.name(), name, "knowledge.content.attributes");
        }
        String json = node.toString();
        return new ShippedItem(
                file.type().name() + "-" + key,
                file.type(),
                key,
                title,
                summary,
                text(node, "body") != null ? text(node, "body") : "",
                enumValue(file, name, node, "scope", KnowledgeScope.class, false),
                programmes,
                text(node, "industry"),
                text(node, "targetGroup"),
                strings(file, name, node, "themes"),
                enumValue(file, name, node, "sourceKind", SourceKind.class, true),
                enumValue(file, name, node, "evidence", EvidenceStrength.class, false),
                sourceFile,
                sourceLines,
                related,
                attributes.isObject() ? attributes.toString() : "{}",
                revisedOn(file, name, node),
                json,
                file.name(),
                sha256(file.type().name() + "\n" + json));
    }

    /** The date the item was written or last checked against its sources (ISO), optional. */
    private static @Nullable LocalDate revisedOn(ContentFile file, String name, JsonNode node) {
        JsonNode value = node.path("revisedOn");
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        try {
            LocalDate date = value.isString() ? LocalDate.parse(value.asString()) : null;
            if (date != null && PlausibleDates.plausible(date)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw invalid(file.name(), name, "knowledge.content.revisedOn", value.toString());
    }

    private static String required(ContentFile file, String name, JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw invalid(file.name(), name, "knowledge.content.missing", field);
        }
        return value;
    }

    private static @Nullable String enumValue(
            ContentFile file,
            String name,
            JsonNode node,
            String field,
            Class<? extends Enum<?>> type,
            boolean required) {
        String value = text(node, field);
        if (value == null) {
            if (required) {
                throw invalid(file.name(), name, "knowledge.content.missing", field);
            }
            return null;
        }
        boolean known =
                Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(value));
        if (!known) {
            throw invalid(file.name(), name, "knowledge.content.unknownValue", field, value);
        }
        return value;
    }

    private static List<String> strings(ContentFile file, String name, JsonNode node, String field) {
        JsonNode array = node.path(field);
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw invalid(file.name(), name, "knowledge.content.notList", field);
        }
        List<String> values = new ArrayList<>();
        for (JsonNode element : array) {
            if (!element.isString() || element.asString().isBlank()) {
                throw invalid(file.name(), name, "knowledge.content.notList", field);
            }
            values.add(element.asString().strip());
        }
        return values;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }

    private static InvalidContentException invalid(String file, String key, String code, Object... arguments) {
        Object[] all = new Object[arguments.length + 2];
        all[0] = file;
        all[1] = key;
        System.arraycopy(arguments, 0, all, 2, arguments.length);
        return new InvalidContentException(TEXTS.getMessage(code, all));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
