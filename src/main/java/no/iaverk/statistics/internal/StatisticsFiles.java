package no.iaverk.statistics.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import no.iaverk.imports.ImportLimits;
import no.iaverk.imports.ImportSource;
import no.iaverk.statistics.StatisticsImportFailed;
import org.jspecify.annotations.Nullable;

/**
 * Opens what an import was given: single JSON files (plain or gzipped) or a zip of them, entry by entry. Every byte
 * unpacked, also of entries nobody reads, counts against the import's {@link ImportLimits.Budget}.
 */
final class StatisticsFiles {

    @FunctionalInterface
    interface FileHandler {
        void file(String name, InputStream content);
    }

    private StatisticsFiles() {}

    /** Hands over the files whose names {@code wanted} accepts; a zip is read entry by entry. */
    static void forEach(
            ImportSource source, ImportLimits.Budget budget, Predicate<String> wanted, FileHandler handler) {
        try (InputStream in = new BufferedInputStream(source.openDecompressed(), 1 << 16)) {
            if (isZip(in)) {
                readZip(source.name(), in, budget, wanted, handler);
            } else if (wanted.test(source.name())) {
                handler.file(source.name(), budget.count(in, source.name()));
            }
        } catch (IOException e) {
            throw StatisticsImporter.unreadable(source.name(), e);
        }
    }

    private static void readZip(
            String zipName, InputStream in, ImportLimits.Budget budget, Predicate<String> wanted, FileHandler handler)
            throws IOException {
        var tail = new ZipTail(in);
        try (var zip = new ZipInputStream(tail)) {
            InputStream entries = new FilterInputStream(zip) {
                @Override
                public void close() {
                    // The handler's parser closes its stream; the zip must stay open for the next entry.
                }
            };
            ZipEntry entry;
            while ((entry = nextEntry(zip)) != null) {
                InputStream content = budget.count(entries, "%s (%s)".formatted(zipName, entry.getName()));
                if (!entry.isDirectory() && !entry.getName().startsWith("__MACOSX/") && wanted.test(entry.getName())) {
                    handler.file(entry.getName(), content);
                }
                // Unpacks what is left (all of an entry nobody wanted) through the count, as getNextEntry would unseen.
                content.transferTo(OutputStream.nullOutputStream());
            }
            // The entries are read as they come; only the central directory at the end shows the zip is whole.
            if (!tail.endsWithCentralDirectory()) {
                throw new ZipException("filen slutter før zip-filens innholdsfortegnelse (avkortet?)");
            }
        } catch (ZipException e) {
            throw StatisticsImportFailed.because("Zip-filen %s er skadet: %s.".formatted(zipName, e.getMessage()));
        }
    }

    /** The next entry; a garbled entry header (say, a name that is not UTF-8) is a damaged zip, not our error. */
    private static @Nullable ZipEntry nextEntry(ZipInputStream zip) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (IllegalArgumentException e) {
            throw new ZipException(e.getMessage());
        }
    }

    private static boolean isZip(InputStream in) throws IOException {
        in.mark(4);
        byte[] magic = in.readNBytes(4);
        in.reset();
        return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }
}
