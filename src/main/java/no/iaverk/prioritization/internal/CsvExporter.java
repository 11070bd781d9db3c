package no.iaverk.prioritization.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import no.iaverk.prioritization.PriorityRow;
import org.jspecify.annotations.Nullable;

/**
 * Semicolon-separated UTF-8 with a byte-order mark and decimal commas: what a Norwegian spreadsheet opens as it is.
 * The head rows come first, then an empty line, the header and the rows.
 */
final class CsvExporter implements ListExporter {

    private final Writer out;
    private final Layout layout;

    CsvExporter(OutputStream stream, Layout layout) throws IOException {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        this.layout = layout;
        out.write('\uFEFF');
        for (String[] line : layout.head()) {
            line(line);
        }
        out.write("\r\n");
        line(layout.columns().toArray());
    }

    @Override
    public void row(PriorityRow row) {
        try {
            line(ListExporter.cells(row, layout));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    private void line(@Nullable Object[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    /**
     * Text a spreadsheet would take for a formula (a name like {@code =HYPERLINK(...)}) gets a leading apostrophe, as
     * spreadsheet programs expect; numbers are written as numbers and never start a formula.
     */
    static String neutralised(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal number
                ? number.toPlainString().replace('.', ',')
                : neutralised(value.toString());
        if (text.indexOf(';') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
