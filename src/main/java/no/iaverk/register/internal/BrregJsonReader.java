package no.iaverk.register.internal;

import java.io.IOException;
import java.io.InputStream;
import no.iaverk.imports.ImportLimits;
import no.iaverk.imports.ImportSource;
import no.iaverk.register.RegisterImportFailed;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the records of one bulk file (a JSON array of objects), one tree at a time, so memory stays flat whatever
 * the file's size. A file that is not a complete JSON array fails as a whole.
 */
final class BrregJsonReader {

    interface RecordHandler {
        void handle(JsonNode record, long position, long line);
    }

    private final JsonMapper json;
    private final ObjectReader records;

    BrregJsonReader(JsonMapper json) {
        this.json = json;
        // Each record is read from the middle of the array, so what follows it is not "trailing".
        this.records = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Reads one file; what it unpacks counts against {@code budget}. */
    void read(ImportSource source, ImportLimits.Budget budget, RecordHandler handler) {
        long line = 0;
        try (InputStream in = budget.count(source.openDecompressed(), source.name());
                JsonParser parser = json.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw RegisterImportFailed.malformed(
                        source.name(), 1, "filen må være en JSON-liste av enheter ([ {...}, ... ])", null);
            }
            long position = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw RegisterImportFailed.malformed(source.name(), line, "filen slutter midt i listen", null);
                }
                line = parser.currentTokenLocation().getLineNr();
                JsonNode record = records.readValue(parser);
                handler.handle(record, ++position, line);
            }
            if (parser.nextToken() != null) {
                throw RegisterImportFailed.malformed(source.name(), line, "tekst etter slutten av listen", null);
            }
        } catch (JacksonException e) {
            long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
            throw RegisterImportFailed.malformed(source.name(), at, e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw RegisterImportFailed.unreadable(source.name(), e);
        }
    }
}
