package no.iaverk.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.iaverk.reports.ReportTable.Cell;
import no.iaverk.reports.ReportTable.Chart;
import no.iaverk.reports.ReportTable.Row;
import no.iaverk.shared.MessageBundle;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What every report table is made of: its Norwegian words (title, optional note) and the list filters of its cells. */
@Component
class TableParts {

    static final String TRUE = "true";
    static final String FALSE = "false";

    private final MessageSource messages;

    TableParts(MessageSource messages) {
        this.messages = messages;
    }

    /** A table titled {@code report.table.<key>}, with the note {@code report.table.<key>.note} when there is one. */
    ReportTable table(String key, String rowHeadingKey, List<String> columns, List<Row> rows, @Nullable Chart chart) {
        String note = messages.getMessage("report.table." + key + ".note", null, null, MessageBundle.NORWEGIAN);
        return new ReportTable(key, text("report.table." + key), note, text(rowHeadingKey), columns, rows, chart);
    }

    Row row(String labelKey, Cell cell) {
        return new Row(text(labelKey), List.of(cell), false);
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, MessageBundle.NORWEGIAN);
    }

    /** The list's query parameters, in the order given: name, value, name, value, ... */
    static Map<String, String> filter(String... pairs) {
        Map<String, String> filter = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            filter.put(pairs[i], pairs[i + 1]);
        }
        return filter;
    }
}
