package no.iaverk.reports;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.iaverk.shared.MessageBundle;
import org.jspecify.annotations.Nullable;

/**
 * One table of a report as every output draws it (the page, the workbook and the PDF render these generically, so a
 * new table is one method in {@link ReportTables}). Texts are already Norwegian; {@code key} is a stable name for
 * the table (the page's anchor, the workbook's order).
 */
public record ReportTable(
        String key,
        String title,
        @Nullable String note,
        String rowHeading,
        List<String> columns,
        List<Row> rows,
        @Nullable Chart chart) {

    /**
     * A row: its label and one cell per column; {@code total} marks a sum row (bold, left out of charts). A row with a
     * {@code note} has fewer cells than columns: the note stands in the remaining columns (why a figure is withheld).
     */
    public record Row(
            String label,
            List<Cell> cells,
            boolean total,
            @Nullable String note) {

        public Row(String label, List<Cell> cells, boolean total) {
            this(label, cells, total, null);
        }

        /** How many columns the note spans: those without a cell. */
        public int noteSpan(int columns) {
            return Math.max(1, columns - cells.size());
        }
    }

    /**
     * A figure: a count, or a percentage with one decimal ({@code share}), null when there is nothing to divide by.
     * {@code filter} holds the query parameters of the list of collaborations behind it, null when no list lies behind
     * it. {@code decimals} is how many decimals the figure is shown with (a share has one).
     */
    public record Cell(
            @Nullable BigDecimal value,
            boolean share,
            @Nullable Map<String, String> filter,
            int decimals) {

        public Cell(@Nullable BigDecimal value, boolean share, @Nullable Map<String, String> filter) {
            this(value, share, filter, share ? 1 : 0);
        }

        /** A figure with no list behind it, shown with {@code decimals} decimals (hours, money, a ratio). */
        public static Cell number(@Nullable BigDecimal value, int decimals) {
            return new Cell(value, false, null, decimals);
        }

        public static Cell count(int value, @Nullable Map<String, String> filter) {
            return new Cell(BigDecimal.valueOf(value), false, filter);
        }

        public static Cell share(@Nullable BigDecimal value, @Nullable Map<String, String> filter) {
            return new Cell(value, true, filter);
        }

        /** The figure as Norwegians write it: 1 234 and 66,7; a dash when there is none. */
        public String text() {
            if (value == null) {
                return "–";
            }
            NumberFormat format = NumberFormat.getNumberInstance(MessageBundle.NORWEGIAN);
            format.setMinimumFractionDigits(decimals);
            format.setMaximumFractionDigits(decimals);
            return format.format(value);
        }

        public boolean linked() {
            return filter != null;
        }

        /** The filter as a URL query («sector=MUNICIPAL&level=UNIT»); empty for the whole period's list. */
        public String query() {
            if (filter == null) {
                return "";
            }
            return filter.entrySet().stream()
                    .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                    .collect(Collectors.joining("&"));
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }

    /** A bar chart of some of the columns (their indexes) across the rows that are not totals. */
    public record Chart(List<Integer> columns, String axis) {}

    /** The rows a chart draws: all but the totals and the rows whose figures are withheld. */
    public List<Row> chartRows() {
        return rows.stream().filter(row -> !row.total() && row.note() == null).toList();
    }
}
