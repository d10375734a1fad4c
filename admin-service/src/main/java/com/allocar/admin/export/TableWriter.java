package com.allocar.admin.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A table written a row at a time to a download. Cells follow their {@link Column}: text (null → empty), an XOF amount
 * ({@link java.math.BigDecimal}), an instant (UTC), a count. The summary (totals) goes where the format has room for it:
 * a second sheet in XLSX, a block under the table in PDF; a CSV holds the rows only, so that it loads as it is.
 */
public interface TableWriter extends AutoCloseable {

    /**
     * @param sheet   the XLSX sheet's name (≤ 31 characters, no {@code []:*?/\})
     * @param heading the PDF's title
     */
    static TableWriter open(ExportFormat format, OutputStream out, String sheet, String heading, List<Column> columns) throws IOException {
        return switch (format) {
            case CSV -> new CsvTableWriter(out, columns);
            case XLSX -> new XlsxTableWriter(out, sheet, columns);
            case PDF -> new PdfTableWriter(out, heading, columns);
        };
    }

    void row(List<?> cells) throws IOException;

    void summary(List<Column> columns, List<List<?>> rows) throws IOException;

    /** Finishes the file; the stream is the caller's to close. */
    @Override
    void close() throws IOException;
}
