package no.iaverk.statistics.internal;

import java.io.InputStream;
import java.util.function.Consumer;
import no.iaverk.statistics.StatisticsImportFailed;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the records of one DVH file (a JSON array of objects) token by token: no tree per record, so a quarter's
 * quarter of a million enterprise rows parse quickly in flat memory. Values are kept as text for validation. A file
 * that is not a complete JSON array fails as a whole.
 */
final class DvhReader {

    private final JsonMapper json;

    DvhReader(JsonMapper json) {
        this.json = json;
    }

    void read(String fileName, InputStream in, DvhFile kind, Consumer<DvhRecord> handler) {
        long line = 1;
        try (JsonParser parser = json.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw StatisticsImportFailed.malformed(
                        fileName, 1, "filen må være en JSON-liste ([ {...}, ... ])", null);
            }
            long position = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw StatisticsImportFailed.malformed(fileName, line, "filen slutter midt i listen", null);
                }
                line = parser.currentTokenLocation().getLineNr();
                DvhRecord record = new DvhRecord();
                record.position = ++position;
                record.line = line;
                if (token == JsonToken.START_OBJECT) {
                    readObject(parser, kind, record);
                } else {
                    parser.skipChildren();
                    record.object = false;
                }
                handler.accept(record);
            }
            if (parser.nextToken() != null) {
                throw StatisticsImportFailed.malformed(fileName, line, "tekst etter slutten av listen", null);
            }
        } catch (JacksonException e) {
            long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
            throw StatisticsImportFailed.malformed(fileName, at, e.getOriginalMessage(), e);
        }
    }

    private static void readObject(JsonParser parser, DvhFile kind, DvhRecord record) {
        String field;
        while ((field = parser.nextName()) != null) {
            JsonToken value = parser.nextToken();
            if (field.equals(kind.keyField)) {
                record.key = scalar(parser, value);
                continue;
            }
            switch (field) {
                case "årstall" -> record.year = scalar(parser, value);
                case "kvartal" -> record.quarter = scalar(parser, value);
                case "prosent" -> record.percent = scalar(parser, value);
                case "tapteDagsverk" -> record.lost = scalar(parser, value);
                case "muligeDagsverk" -> record.possible = scalar(parser, value);
                case "antallPersoner" -> record.persons = scalar(parser, value);
                case "tapteDagsverkGradert" -> record.gradedLost = scalar(parser, value);
                case "tapteDagsverkPerVarighet" -> readDurations(parser, value, record);
                case "sektor" -> record.sector = scalar(parser, value);
                case "primærnæring" -> record.industry = scalar(parser, value);
                case "primærnæringskode" -> record.naceCode = scalar(parser, value);
                case "rectype" -> record.rectype = scalar(parser, value);
                case "offentligDato" -> record.publicAt = scalar(parser, value);
                case "oppdatertIDvh" -> record.updatedInDvh = scalar(parser, value);
                default -> parser.skipChildren();
            }
        }
    }

    /** [{"varighet": "A", "tapteDagsverk": 12.3}, ...]; anything else is kept as an unreadable entry. */
    private static void readDurations(JsonParser parser, JsonToken value, DvhRecord record) {
        if (value != JsonToken.START_ARRAY) {
            parser.skipChildren();
            record.unreadableDurations = value != JsonToken.VALUE_NULL;
            return;
        }
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                record.unreadableDurations = true;
                continue;
            }
            String duration = null;
            String lost = null;
            String field;
            while ((field = parser.nextName()) != null) {
                JsonToken entry = parser.nextToken();
                switch (field) {
                    case "varighet" -> duration = scalar(parser, entry);
                    case "tapteDagsverk" -> lost = scalar(parser, entry);
                    default -> parser.skipChildren();
                }
            }
            record.addDuration(duration, lost);
        }
    }

    /** A scalar as its text (numbers exactly as written); null for JSON null; "" for an object or array. */
    private static @Nullable String scalar(JsonParser parser, JsonToken token) {
        return switch (token) {
            case VALUE_NULL -> null;
            case START_OBJECT, START_ARRAY -> {
                parser.skipChildren();
                yield "";
            }
            default -> parser.getText().trim();
        };
    }
}
