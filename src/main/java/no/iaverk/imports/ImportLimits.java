package no.iaverk.imports;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How much an import may unpack ({@code iaverk.imports.max-decompressed-bytes}). A small zip or gzip file can hold
 * gigabytes of nothing, so the bytes are counted as the parser reads them and the import stops as soon as the limit is
 * passed, instead of after reading it all.
 */
@Component
public class ImportLimits {

    private final long maxBytes;

    ImportLimits(@Value("${iaverk.imports.max-decompressed-bytes:8GB}") DataSize maxDecompressed) {
        this.maxBytes = maxDecompressed.toBytes();
    }

    /** A new count for one reading of an import's files; every stream it hands out adds to the same total. */
    public Budget budget() {
        return new Budget(maxBytes);
    }

    public static final class Budget {
        private final long maxBytes;
        private long read;

        Budget(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        /**
         * {@code in}, counted against the budget; throws {@link ImportTooLarge} on the read that passes it. Closing the
         * returned stream closes {@code in}.
         */
        public InputStream count(InputStream in, String fileName) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        add(1, fileName);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    if (n > 0) {
                        add(n, fileName);
                    }
                    return n;
                }

                @Override
                public long skip(long n) throws IOException {
                    // Skipped bytes are unpacked all the same; read them so they count.
                    byte[] buffer = new byte[8192];
                    long skipped = 0;
                    int r;
                    while (skipped < n && (r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped))) > 0) {
                        skipped += r;
                    }
                    return skipped;
                }
            };
        }

        public long bytesRead() {
            return read;
        }

        private void add(long bytes, String fileName) {
            read += bytes;
            if (read > maxBytes) {
                throw new ImportTooLarge(
                        "Filen %s gjør importen for stor: mer enn %s når den er pakket ut (grensen settes med iaverk.imports.max-decompressed-bytes). Ingenting er importert."
                                .formatted(fileName, describe(maxBytes)));
            }
        }
    }

    /** 8 GiB, 512 MiB, 64 KiB or 100 byte. */
    static String describe(long bytes) {
        String[] units = {"byte", "KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return value == Math.rint(value)
                ? "%d %s".formatted((long) value, units[unit])
                : String.format(Locale.ROOT, "%.1f %s", value, units[unit]).replace('.', ',');
    }
}
