package no.iaverk.prioritization.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import no.iaverk.prioritization.ExportFormat;
import no.iaverk.prioritization.PriorityRow;
import no.iaverk.prioritization.TrialMarker;
import org.jspecify.annotations.Nullable;

/** Writes a call list to a file row by row: a head that says what the list is, then the rows. */
public interface ListExporter extends AutoCloseable {

    /**
     * The words of a file besides the figures, in Norwegian: the sheet's name (Excel), the head's lines (label, value),
     * the column headers, and what a masked row, a case status and a trial allocation are called.
     */
    record Layout(
            String sheet,
            List<String[]> head,
            List<String> columns,
            String masked,
            String partlyMasked,
            Function<String, String> caseStatus,
            Function<TrialMarker, String> trial) {}

    void row(PriorityRow row);

    @Override
    void close() throws IOException;

    static ListExporter of(ExportFormat format, OutputStream out, Layout layout) throws IOException {
        return switch (format) {
            case CSV -> new CsvExporter(out, layout);
            case XLSX -> new XlsxExporter(out, layout);
        };
    }

    /** The cells of a row in column order; masked figures are blank. */
    static @Nullable Object[] cells(PriorityRow row, Layout layout) {
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
            row.masked() ? layout.masked() : row.partlyMasked() ? layout.partlyMasked() : null,
            row.caseStatus() == null ? null : layout.caseStatus().apply(row.caseStatus()),
            row.ownerName(),
            row.trial() == null ? null : layout.trial().apply(row.trial())
        };
    }

    private static @Nullable BigDecimal oneDecimal(@Nullable BigDecimal workdays) {
        return workdays == null ? null : workdays.setScale(1, RoundingMode.HALF_UP);
    }
}
