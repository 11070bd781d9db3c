package no.iaverk.reports.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Set;
import no.iaverk.reports.ReportTable;
import no.iaverk.shared.MessageBundle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The report as an Excel workbook: one sheet per table, each with the header block (title, period, unit, when made),
 * then the table with its figures as numeric cells (shares with one decimal), then its note.
 */
@Component
class ReportWorkbook {

    private final MessageSource messages;

    ReportWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(ReportDocument document, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            Set<String> names = new HashSet<>();
            for (ReportTable table : document.tables()) {
                Sheet sheet = book.createSheet(sheetName(table, names));
                int r = header(sheet, document, table, styles);
                Row heading = sheet.createRow(++r);
                text(heading, 0, table.rowHeading(), styles.bold);
                for (int c = 0; c < table.columns().size(); c++) {
                    text(heading, c + 1, table.columns().get(c), styles.bold);
                }
                for (ReportTable.Row row : table.rows()) {
                    Row line = sheet.createRow(++r);
                    text(line, 0, row.label(), row.total() ? styles.bold : null);
                    for (int c = 0; c < row.cells().size(); c++) {
                        ReportTable.Cell cell = row.cells().get(c);
                        if (cell.value() != null) {
                            var figure = line.createCell(c + 1);
                            figure.setCellValue(cell.value().doubleValue());
                            figure.setCellStyle(styles.decimals(cell.decimals()));
                        }
                    }
                    if (row.note() != null) {
                        // Where the withheld figures would be: the reason, as text.
                        text(line, row.cells().size() + 1, row.note(), null);
                    }
                }
                if (table.note() != null) {
                    text(sheet.createRow(r + 2), 0, table.note(), null);
                }
                sheet.setColumnWidth(0, 60 * 256);
                for (int c = 1; c <= table.columns().size(); c++) {
                    sheet.setColumnWidth(c, 22 * 256);
                }
            }
            book.write(out);
        }
    }

    private int header(Sheet sheet, ReportDocument document, ReportTable table, Styles styles) {
        text(sheet.createRow(0), 0, document.title() + ": " + table.title(), styles.bold);
        labelled(sheet.createRow(1), text("report.header.period"), document.period());
        labelled(sheet.createRow(2), text("report.header.unit"), document.unit());
        labelled(sheet.createRow(3), text("report.header.made"), document.made());
        return 4;
    }

    /** A sheet name Excel accepts (at most 31 characters, no []:*?/\), unique in the workbook. */
    private String sheetName(ReportTable table, Set<String> taken) {
        String name = WorkbookUtil.createSafeSheetName(
                messages.getMessage("report.sheet." + table.key(), null, table.title(), MessageBundle.NORWEGIAN));
        String unique = name;
        for (int n = 2; !taken.add(unique); n++) {
            unique = name.substring(0, Math.min(name.length(), 28)) + " " + n;
        }
        return unique;
    }

    private static void labelled(Row row, String label, String value) {
        text(row, 0, label, null);
        text(row, 1, value, null);
    }

    private static void text(Row row, int column, String value, @Nullable CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, MessageBundle.NORWEGIAN);
    }

    private static final class Styles {
        final CellStyle bold;
        final CellStyle count;
        final CellStyle share;
        final CellStyle hundredths;

        Styles(XSSFWorkbook book) {
            Font font = book.createFont();
            font.setBold(true);
            bold = book.createCellStyle();
            bold.setFont(font);
            count = book.createCellStyle();
            count.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            share = book.createCellStyle();
            share.setDataFormat(book.createDataFormat().getFormat("0.0"));
            hundredths = book.createCellStyle();
            hundredths.setDataFormat(book.createDataFormat().getFormat("0.00"));
        }

        /** The number format for a figure with so many decimals (two at most). */
        CellStyle decimals(int decimals) {
            return switch (decimals) {
                case 0 -> count;
                case 1 -> share;
                default -> hundredths;
            };
        }
    }
}
