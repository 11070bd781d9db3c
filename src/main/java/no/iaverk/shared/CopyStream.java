package no.iaverk.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * One {@code COPY ... FROM STDIN} streamed row by row on the current transaction's connection. PostgreSQL loads the
 * rows while the caller is still producing them, and nothing is held in memory beyond a small buffer. Until it is
 * finished, the connection can run nothing else.
 */
public final class CopyStream implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final PGCopyOutputStream copy;
    /** Rows are encoded here by hand: almost everything is ASCII, and a Writer's encoder costs more than the COPY. */
    private final byte[] buffer = new byte[BUFFER];

    private int used;
    private long rows;
    private boolean finished;

    private CopyStream(PGCopyOutputStream copy) {
        this.copy = copy;
    }

    /** {@code copySql} is a {@code copy table (columns) from stdin} in PostgreSQL's text format. */
    public static CopyStream open(DataSource dataSource, String copySql) {
        try {
            PGConnection connection = DataSourceUtils.getConnection(dataSource).unwrap(PGConnection.class);
            return new CopyStream(new PGCopyOutputStream(connection, copySql, BUFFER));
        } catch (SQLException e) {
            throw new IllegalStateException("Kunne ikke starte COPY: " + copySql, e);
        }
    }

    public void row(@Nullable Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    put('\t');
                }
                write(values[i]);
            }
            put('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("COPY feilet", e);
        }
    }

    /** Ends the COPY and returns the number of rows PostgreSQL stored. */
    public long finish() {
        try {
            drain();
            finished = true;
            return copy.endCopy();
        } catch (IOException e) {
            throw new UncheckedIOException("COPY feilet", e);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY feilet", e);
        }
    }

    public long rows() {
        return rows;
    }

    /** Cancels a COPY that was not finished, so the connection can be rolled back and reused. */
    @Override
    public void close() {
        if (!finished && copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                // The transaction is being rolled back anyway.
            }
        }
    }

    /** The text format: \N for null, and a backslash before the few characters that would break a row. */
    private void write(@Nullable Object value) throws IOException {
        if (value == null) {
            put('\\');
            put('N');
            return;
        }
        String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> {
                    put('\\');
                    put('\\');
                }
                case '\t' -> {
                    put('\\');
                    put('t');
                }
                case '\n' -> {
                    put('\\');
                    put('n');
                }
                case '\r' -> {
                    put('\\');
                    put('r');
                }
                default -> {
                    if (c < 0x80) {
                        put(c);
                    } else {
                        putUtf8(text, i);
                        if (Character.isHighSurrogate(c)) {
                            i++;
                        }
                    }
                }
            }
        }
    }

    private void putUtf8(String text, int at) throws IOException {
        int end = Character.isHighSurrogate(text.charAt(at)) && at + 1 < text.length() ? at + 2 : at + 1;
        for (byte b : text.substring(at, end).getBytes(StandardCharsets.UTF_8)) {
            if (used == BUFFER) {
                drain();
            }
            buffer[used++] = b;
        }
    }

    private void put(char ascii) throws IOException {
        if (used == BUFFER) {
            drain();
        }
        buffer[used++] = (byte) ascii;
    }

    private void drain() throws IOException {
        copy.write(buffer, 0, used);
        used = 0;
    }
}
