package no.iaverk.prioritization.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import no.iaverk.prioritization.ExportFormat;
import no.iaverk.prioritization.PriorityRow;
import no.iaverk.shared.Quarter;
import org.jspecify.annotations.Nullable;

/** Writes a call list to a file row by row: a head with the published quarter and the filters, then the rows. */
public interface ListExporter extends AutoCloseable {

    String[] HEADERS = {
        "Organisasjonsnummer",
        "Navn",
        "Kommune",
        "Ansatte",
        "Tapte dagsverk (4 kv.)",
        "Mulige dagsverk (4 kv.)",
        "Sykefravær (%)",
        "Bransje/næring (%)",
        "Potensial (dagsverk)",
        "Utvikling (prosentpoeng)",
        "Skjermet",
        "Saksstatus",
        "Sakseier"
    };

    void row(PriorityRow row);

    @Override
    void close() throws IOException;

    static ListExporter of(
            ExportFormat format, OutputStream out, @Nullable Quarter published, Map<String, String> filters)
            throws IOException {
        return switch (format) {
            case CSV -> new CsvExporter(out, published, filters);
            case XLSX -> new XlsxExporter(out, published, filters);
        };
    }

    /** The head: what this list is, which quarter's figures, which filters, when. */
    static String[][] head(@Nullable Quarter published, Map<String, String> filters) {
        String[][] head = new String[3 + filters.size()][];
        head[0] = new String[] {"Prioriteringsliste fra iaverk"};
        head[1] = new String[] {"Publisert kvartal", published == null ? "ingen" : published.toString()};
        head[2] = new String[] {"Eksportert", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)};
        int i = 3;
        for (var filter : filters.entrySet()) {
            head[i++] = new String[] {"Filter: " + filter.getKey(), filter.getValue()};
        }
        return head;
    }

    /** The cells of a row in header order; masked figures are blank. */
    static @Nullable Object[] cells(PriorityRow row) {
        return new Object[] {
            row.orgNumber(),
            row.name(),
            row.municipality(),
            row.employees(),
            oneDecimal(row.lostWorkdays()),
            oneDecimal(row.possibleWorkdays()),
            row.percent(),
            row.benchmarkPercent(),
            row.potential(),
            row.trend(),
            row.masked() ? "skjermet" : row.partlyMasked() ? "delvis skjermet" : null,
            row.caseStatus(),
            row.ownerName()
        };
    }

    private static @Nullable BigDecimal oneDecimal(@Nullable BigDecimal workdays) {
        return workdays == null ? null : workdays.setScale(1, java.math.RoundingMode.HALF_UP);
    }
}
