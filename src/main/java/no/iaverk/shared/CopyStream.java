package no.iaverk.shared;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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

    private final PGCopyOutputStream copy;
    private final Writer out;
    private long rows;
    private boolean finished;

    private CopyStream(PGCopyOutputStream copy) {
        this.copy = copy;
        this.out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
    }

    /** {@code copySql} is a {@code copy table (columns) from stdin} in PostgreSQL's text format. */
    public static CopyStream open(DataSource dataSource, String copySql) {
        try {
            PGConnection connection = DataSourceUtils.getConnection(dataSource).unwrap(PGConnection.class);
            return new CopyStream(new PGCopyOutputStream(connection, copySql, 1 << 16));
        } catch (SQLException e) {
            throw new IllegalStateException("Kunne ikke starte COPY: " + copySql, e);
        }
    }

    public void row(@Nullable Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write('\t');
                }
                write(values[i]);
            }
            out.write('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("COPY feilet", e);
        }
    }

    /** Ends the COPY and returns the number of rows PostgreSQL stored. */
    public long finish() {
        try {
            out.flush();
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
            out.write("\\N");
            return;
        }
        String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        if (!needsEscaping(text)) {
            out.write(text);
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                default -> out.write(c);
            }
        }
    }

    private static boolean needsEscaping(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
