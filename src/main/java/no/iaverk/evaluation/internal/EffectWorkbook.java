package no.iaverk.evaluation.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A small workbook of rows written top to bottom: headings in bold, percentage points rounded half up to one decimal
 * (as they are shown), workdays to whole days. The effect export is a few dozen rows, so it is built in memory.
 */
public final class EffectWorkbook implements AutoCloseable {

    /** A number the sheet shows with one decimal (percentage points). */
    public record Points(double value) {}

    /** A number the sheet shows as whole days. */
    public record Days(double value) {}

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle bold;
    private final CellStyle oneDecimal;
    private final CellStyle whole;
    private @Nullable Sheet sheet;
    private int next;

    public EffectWorkbook() {
        bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        oneDecimal = workbook.createCellStyle();
        oneDecimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        whole = workbook.createCellStyle();
        whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
    }

    /** Starts a new sheet, its columns this many characters wide; the following rows go there. */
    public EffectWorkbook sheet(String name, int... widths) {
        sheet = workbook.createSheet(name);
        // Fixed widths: measuring the text (autoSizeColumn) needs fonts a headless server may not have.
        for (int i = 0; i < widths.length; i++) sheet.setColumnWidth(i, widths[i] * 256);
        next = 0;
        return this;
    }

    public EffectWorkbook heading(String... cells) {
        Row row = newRow();
        for (int i = 0; i < cells.length; i++) {
            var cell = row.createCell(i);
            cell.setCellValue(cells[i]);
            cell.setCellStyle(bold);
        }
        return this;
    }

    /** A row of text, integers, {@link Points} and {@link Days}; null leaves the cell empty. */
    public EffectWorkbook row(@Nullable Object... cells) {
        Row row = newRow();
        for (int i = 0; i < cells.length; i++) {
            Object value = cells[i];
            if (value == null) continue;
            var cell = row.createCell(i);
            if (value instanceof Points points) {
                cell.setCellValue(rounded(points.value(), 1));
                cell.setCellStyle(oneDecimal);
            } else if (value instanceof Days days) {
                cell.setCellValue(rounded(days.value(), 0));
                cell.setCellStyle(whole);
            } else if (value instanceof Integer number) {
                cell.setCellValue(number);
            } else {
                cell.setCellValue(value.toString());
            }
        }
        return this;
    }

    public EffectWorkbook blank() {
        next++;
        return this;
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private Row newRow() {
        if (sheet == null) throw new IllegalStateException("No sheet started");
        return sheet.createRow(next++);
    }

    private static double rounded(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).doubleValue();
    }
}
