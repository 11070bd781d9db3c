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

    /** A row: its label and one cell per column; {@code total} marks a sum row (bold, left out of charts). */
    public record Row(String label, List<Cell> cells, boolean total) {}

    /**
     * A figure: a count, or a percentage with one decimal ({@code share}), null when there is nothing to divide by.
     * {@code filter} holds the query parameters of the list of collaborations behind it, null when no list lies behind
     * it.
     */
    public record Cell(
            @Nullable BigDecimal value,
            boolean share,
            @Nullable Map<String, String> filter) {

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
            format.setMinimumFractionDigits(share ? 1 : 0);
            format.setMaximumFractionDigits(share ? 1 : 0);
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

    /** The rows a chart draws: all but the totals. */
    public List<Row> chartRows() {
        return rows.stream().filter(row -> !row.total()).toList();
    }
}
