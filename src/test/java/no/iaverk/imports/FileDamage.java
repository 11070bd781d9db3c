package no.iaverk.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ways the import fuzz test damages a valid file: cut it short, flip bytes, or change one record's field (remove
 * it, or give it a value of another type). Edits are drawn by jqwik as plain numbers and fitted to the file here.
 */
final class FileDamage {

    private FileDamage() {}

    /** What happens to the field an edit picks. */
    enum Change {
        REMOVE,
        TO_TEXT,
        TO_NUMBER,
        TO_NEGATIVE,
        TO_HUGE_NUMBER,
        TO_FRACTION,
        TO_NULL,
        TO_BOOLEAN,
        TO_OBJECT,
        TO_ARRAY,
        TO_LONG_TEXT,
        NUMBER_AS_TEXT,
        WHOLE_RECORD_TO_SCALAR
    }

    /** One field of one record changed; {@code record} and {@code field} are taken modulo what the file holds. */
    record Edit(int record, int field, Change change) {}

    /** Some bytes XOR-ed with a non-zero mask; positions are taken modulo the file's length. */
    record Flips(List<Integer> positions, List<Integer> masks) {}

    static Arbitrary<Edit> edits() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 1_000),
                        Arbitraries.integers().between(0, 1_000),
                        Arbitraries.of(Change.class))
                .as(Edit::new);
    }

    static Arbitrary<Flips> flips() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, Integer.MAX_VALUE - 1);
        Arbitrary<Integer> mask = Arbitraries.integers().between(1, 255);
        return Combinators.combine(
                        position.list().ofMinSize(1).ofMaxSize(4), mask.list().ofSize(4))
                .as(Flips::new);
    }

    static byte[] cut(byte[] file, int length) {
        return java.util.Arrays.copyOf(file, length);
    }

    static byte[] flip(byte[] file, Flips flips) {
        byte[] damaged = file.clone();
        for (int i = 0; i < flips.positions().size(); i++) {
            int at = flips.positions().get(i) % damaged.length;
            damaged[at] = (byte) (damaged[at] ^ flips.masks().get(i));
        }
        return damaged;
    }

    /** The JSON array {@code file} with the edit applied to one of its records. */
    static String edit(JsonMapper json, String file, Edit edit) {
        ArrayNode records = (ArrayNode) json.readTree(file);
        int index = edit.record() % records.size();
        if (edit.change() == Change.WHOLE_RECORD_TO_SCALAR) {
            records.set(
                    index,
                    replacement(Change.values()[edit.field() % (Change.values().length - 2) + 1], records.get(index)));
            return json.writeValueAsString(records);
        }
        List<Place> places = new ArrayList<>();
        collect(records.get(index), places);
        Place place = places.get(edit.field() % places.size());
        if (edit.change() == Change.REMOVE) {
            place.parent().remove(place.name());
        } else {
            place.parent()
                    .set(place.name(), replacement(edit.change(), place.parent().get(place.name())));
        }
        return json.writeValueAsString(records);
    }

    /** The name of the field the edit picks in the (undamaged) file, to tell which fields a failure came from. */
    static String fieldName(JsonMapper json, String file, Edit edit) {
        ArrayNode records = (ArrayNode) json.readTree(file);
        List<Place> places = new ArrayList<>();
        collect(records.get(edit.record() % records.size()), places);
        return edit.change() == Change.WHOLE_RECORD_TO_SCALAR
                ? "(hele posten)"
                : places.get(edit.field() % places.size()).name();
    }

    static byte[] gzip(byte[] content) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private record Place(ObjectNode parent, String name) {}

    /** Every field of the record, nested objects' fields too (array elements that are objects included). */
    private static void collect(JsonNode node, List<Place> places) {
        if (node instanceof ObjectNode object) {
            for (var field : object.properties()) {
                places.add(new Place(object, field.getKey()));
                collect(field.getValue(), places);
            }
        } else if (node.isArray()) {
            node.values().forEach(element -> collect(element, places));
        }
    }

    private static JsonNode replacement(Change change, JsonNode old) {
        var nodes = JsonNodeFactory.instance;
        return switch (change) {
            case TO_TEXT -> nodes.stringNode("tekst");
            case TO_NUMBER -> nodes.numberNode(42);
            case TO_NEGATIVE -> nodes.numberNode(-7);
            case TO_HUGE_NUMBER -> nodes.numberNode(new java.math.BigDecimal("1e400"));
            case TO_FRACTION -> nodes.numberNode(0.5);
            case TO_NULL -> nodes.nullNode();
            case TO_BOOLEAN -> nodes.booleanNode(true);
            case TO_OBJECT -> nodes.objectNode().set("verdi", old.deepCopy());
            case TO_ARRAY -> nodes.arrayNode().add(old.deepCopy());
            case TO_LONG_TEXT -> nodes.stringNode("x".repeat(10_000));
            case NUMBER_AS_TEXT -> old.isNumber() ? nodes.stringNode(old.asString()) : nodes.stringNode("12,5");
            case REMOVE, WHOLE_RECORD_TO_SCALAR -> throw new IllegalArgumentException(change.name());
        };
    }
}
