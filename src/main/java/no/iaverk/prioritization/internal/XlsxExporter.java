package no.iaverk.prioritization.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import no.iaverk.prioritization.PriorityRow;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A streaming workbook (POI's SXSSF): only a window of rows is in memory, the rest is spooled to a compressed temporary
 * file, so a list of any length exports in bounded memory.
 */
final class XlsxExporter implements ListExporter {

    private static final int ROWS_IN_MEMORY = 200;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final SXSSFSheet sheet;
    private final CellStyle decimal;
    private final Layout layout;
    private int next;

    XlsxExporter(OutputStream out, Layout layout) {
        this.out = out;
        this.layout = layout;
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet(layout.sheet());
        this.decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        for (String[] line : layout.head()) {
            write(line, null);
        }
        next++;
        Row header = sheet.createRow(next++);
        for (int i = 0; i < layout.columns().size(); i++) {
            var cell = header.createCell(i);
            cell.setCellValue(layout.columns().get(i));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, next);
    }

    @Override
    public void row(PriorityRow row) {
        write(ListExporter.cells(row, layout), decimal);
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
        } finally {
            workbook.dispose(); // the temporary files
            workbook.close();
        }
    }

    private void write(@Nullable Object[] cells, @Nullable CellStyle numbers) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.length; i++) {
            Object value = cells[i];
            if (value == null) {
                continue;
            }
            var cell = row.createCell(i);
            if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
                if (numbers != null) {
                    cell.setCellStyle(numbers);
                }
            } else if (value instanceof Integer number) {
                cell.setCellValue(number);
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }
}
