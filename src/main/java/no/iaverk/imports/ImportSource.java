package no.iaverk.imports;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** One file given to an import: its name for the report and a way to open it (again). */
public record ImportSource(String name, Opener opener) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** A file; a FileInputStream (not Files.newInputStream) so a named pipe such as /dev/stdin can be read too. */
    public static ImportSource of(Path path) {
        return new ImportSource(path.getFileName().toString(), () -> new FileInputStream(path.toFile()));
    }

    /** The content, gunzipped when it starts with the gzip magic bytes, whatever the file is called. */
    public InputStream openDecompressed() throws IOException {
        InputStream in = new BufferedInputStream(opener.open(), 1 << 16);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1f && second == 0x8b
                ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16)
                : in;
    }
}
