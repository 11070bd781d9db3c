package no.iaverk.demo.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JsonGenerator;

/** A JSON array written one record a line, as DVH's files are. */
final class JsonArrayFile implements AutoCloseable {
    final JsonGenerator json;
    private boolean closed;

    JsonArrayFile(Path file) {
        OutputStream out;
        try {
            out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan ikke skrive " + file, e);
        }
        // Each record is a root-level value; the separator and the raw brackets around them make the array.
        this.json = BrregFileWriter.JSON.createGenerator(out);
        json.writeRaw("[\n");
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            json.writeRaw("\n]\n");
            json.close();
        }
    }
}
