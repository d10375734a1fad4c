package com.allocar.admin.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming workbook: only the last 100 rows are in memory, the rest is flushed to compressed temp
 * files (removed on close). Amounts are numbers and instants are dates (UTC), so that a sheet sums and sorts them.
 */
final class XlsxTableWriter implements TableWriter {

    private static final int WINDOW = 100;
    /** Excel's limit, less the header. */
    private static final int MAX_ROWS = 1_048_575;

    private final OutputStream out;
    private final SXSSFWorkbook book;
    private final List<Column> columns;
    private final CellStyle header;
    private final CellStyle amount;
    private final CellStyle instant;
    private final CellStyle percent;
    private Sheet sheet;
    private int rows;

    XlsxTableWriter(OutputStream out, String sheetName, List<Column> columns) {
        this.out = out;
        this.columns = columns;
        this.book = new SXSSFWorkbook(WINDOW);
        book.setCompressTempFiles(true);
        Font bold = book.createFont();
        bold.setBold(true);
        header = book.createCellStyle();
        header.setFont(bold);
        amount = book.createCellStyle();
        amount.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
        instant = book.createCellStyle();
        instant.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        percent = book.createCellStyle();
        percent.setDataFormat(book.createDataFormat().getFormat("0.00"));
        sheet = book.createSheet(sheetName);
        headerRow(sheet, columns);
    }

    @Override
    public void row(List<?> cells) {
        if (rows == MAX_ROWS) {
            throw new IllegalStateException("more rows than a sheet holds: export a shorter period");
        }
        write(sheet.createRow(++rows), columns, cells);
    }

    @Override
    public void summary(List<Column> summaryColumns, List<List<?>> summaryRows) {
        Sheet s = book.createSheet("summary");
        headerRow(s, summaryColumns);
        int n = 0;
        for (List<?> r : summaryRows) {
            write(s.createRow(++n), summaryColumns, r);
        }
    }

    @Override
    public void close() throws IOException {
        try (book) {
            book.write(out);
        }
    }

    private void headerRow(Sheet s, List<Column> cols) {
        Row r = s.createRow(0);
        for (int i = 0; i < cols.size(); i++) {
            var c = r.createCell(i);
            c.setCellValue(cols.get(i).header());
            c.setCellStyle(header);
        }
    }

    private void write(Row r, List<Column> cols, List<?> cells) {
        for (int i = 0; i < cols.size(); i++) {
            Object v = cells.get(i);
            if (v == null) {
                continue;
            }
            var c = r.createCell(i);
            switch (cols.get(i).kind()) {
                case AMOUNT -> {
                    c.setCellValue(((BigDecimal) v).doubleValue());
                    c.setCellStyle(amount);
                }
                case INSTANT -> {
                    c.setCellValue(((Instant) v).atOffset(ZoneOffset.UTC).toLocalDateTime());
                    c.setCellStyle(instant);
                }
                case COUNT -> c.setCellValue(((Number) v).doubleValue());
                case PERCENT -> {
                    c.setCellValue(((BigDecimal) v).doubleValue());
                    c.setCellStyle(percent);
                }
                case TEXT -> c.setCellValue(v.toString());
            }
        }
    }
}
