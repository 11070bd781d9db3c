package no.iaverk.reports.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.iaverk.reports.ReportTable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A table's chart two ways: as data for Chart.js on the page ({@code static/js/reports.js}) and as an SVG drawn on the
 * server for the PDF (openhtmltopdf runs no JavaScript). Both are horizontal bars, one bar per charted column in each
 * row, so long centre names fit as labels.
 */
@Component
class ReportCharts {

    static final List<String> COLOURS = List.of("#0067c5", "#c77700", "#5b6470", "#1b6b3a");

    private static final int WIDTH = 680;
    private static final int LABEL_WIDTH = 230;
    private static final int VALUE_WIDTH = 50;
    private static final int BAR = 11;
    private static final int GAP = 7;
    private static final int LEGEND = 24;

    private final JsonMapper json;

    ReportCharts(JsonMapper json) {
        this.json = json;
    }

    /** {"labels": [...], "series": {"column": [values]}, "axis": "Antall"}; a missing share is null. */
    @Nullable
    String json(ReportTable table) {
        ReportTable.Chart chart = table.chart();
        if (chart == null) {
            return null;
        }
        Map<String, List<@Nullable BigDecimal>> series = new LinkedHashMap<>();
        for (int column : chart.columns()) {
            series.put(
                    table.columns().get(column),
                    table.chartRows().stream()
                            .map(row -> row.cells().get(column).value())
                            .toList());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(
                "labels", table.chartRows().stream().map(ReportTable.Row::label).toList());
        data.put("series", series);
        data.put("axis", chart.axis());
        return json.writeValueAsString(data);
    }

    /** The chart as a standalone SVG element, or null when the table has none. */
    @Nullable
    String svg(ReportTable table) {
        ReportTable.Chart chart = table.chart();
        if (chart == null) {
            return null;
        }
        List<ReportTable.Row> rows = table.chartRows();
        List<Integer> columns = chart.columns();
        double max = rows.stream()
                .flatMap(
                        row -> columns.stream().map(column -> number(row.cells().get(column))))
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        int group = columns.size() * BAR + GAP;
        int height = LEGEND + rows.size() * group + GAP;
        double scale = max <= 0 ? 0 : (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / max;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        .formatted(WIDTH, height, WIDTH, height))
                .append(" font-family=\"sans-serif\" font-size=\"10\">");
        for (int s = 0; s < columns.size(); s++) {
            int x = LABEL_WIDTH + s * 170;
            svg.append(rect(x, 6, 10, 10, colour(s)))
                    .append(text(x + 14, 15, "start", table.columns().get(columns.get(s))));
        }
        for (int r = 0; r < rows.size(); r++) {
            ReportTable.Row row = rows.get(r);
            int top = LEGEND + r * group;
            svg.append(text(LABEL_WIDTH - 6, top + columns.size() * BAR / 2.0 + 4, "end", row.label()));
            for (int s = 0; s < columns.size(); s++) {
                ReportTable.Cell cell = row.cells().get(columns.get(s));
                double width = number(cell) * scale;
                int y = top + s * BAR;
                svg.append(rect(LABEL_WIDTH, y, width, BAR - 2, colour(s)))
                        .append(text(LABEL_WIDTH + width + 4, y + BAR - 3, "start", cell.text()));
            }
        }
        svg.append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#1f2328\" stroke-width=\"1\"/>"
                .formatted(LABEL_WIDTH, LEGEND - 2, LABEL_WIDTH, height - GAP));
        return svg.append("</svg>").toString();
    }

    private static double number(ReportTable.Cell cell) {
        BigDecimal value = cell.value();
        return value == null ? 0 : value.doubleValue();
    }

    private static String colour(int series) {
        return COLOURS.get(series % COLOURS.size());
    }

    private static String rect(double x, double y, double width, double height, String fill) {
        return String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                x,
                y,
                width,
                height,
                fill);
    }

    private static String text(double x, double y, String anchor, String content) {
        return String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"#1f2328\">%s</text>",
                x,
                y,
                anchor,
                escape(content));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
