package no.iaverk.statistics.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A zip as it streams past, keeping its last bytes, to tell a whole zip from one cut short: {@link
 * java.util.zip.ZipInputStream} reads entry by entry and stops quietly at the central directory, so a zip cut in (or
 * before) its central directory would otherwise pass as whole. A whole zip ends with the end-of-central-directory record
 * (signature {@code PK 5 6}, 22 bytes plus a comment of up to 65 535).
 */
final class ZipTail extends FilterInputStream {

    private static final int END_RECORD = 22;
    private static final int KEPT = END_RECORD + 0xFFFF;

    private final byte[] ring = new byte[KEPT];
    private long total;

    ZipTail(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            keep(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        for (int i = 0; i < n; i++) {
            keep(buffer[offset + i]);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] skipped = new byte[(int) Math.min(n, 8192)];
        int read = read(skipped, 0, skipped.length);
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Reads what is left and looks for the end record, with its comment reaching exactly to the end. */
    boolean endsWithCentralDirectory() throws IOException {
        transferTo(OutputStream.nullOutputStream());
        int kept = (int) Math.min(total, KEPT);
        byte[] last = new byte[kept];
        for (int i = 0; i < kept; i++) {
            last[i] = ring[(int) ((total - kept + i) % KEPT)];
        }
        for (int at = kept - END_RECORD; at >= 0; at--) {
            if (last[at] == 'P' && last[at + 1] == 'K' && last[at + 2] == 5 && last[at + 3] == 6) {
                int comment = (last[at + 20] & 0xFF) | (last[at + 21] & 0xFF) << 8;
                if (at + END_RECORD + comment == kept) {
                    return true;
                }
            }
        }
        return false;
    }

    private void keep(int b) {
        ring[(int) (total % KEPT)] = (byte) b;
        total++;
    }
}
