package com.allocar.admin.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** RFC 4180: comma separated, CRLF, a field quoted when it holds a comma, a quote or a line break; UTF-8 with a BOM for Excel. */
final class CsvTableWriter implements TableWriter {

    private final Writer out;
    private final List<Column> columns;

    CsvTableWriter(OutputStream stream, List<Column> columns) throws IOException {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        this.columns = columns;
        out.write('\uFEFF'); // Excel reads UTF-8 (Koné, Bouaké) only with it
        line(columns.stream().map(Column::header).toList());
    }

    @Override
    public void row(List<?> cells) throws IOException {
        String[] fields = new String[columns.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = field(columns.get(i), cells.get(i));
        }
        line(List.of(fields));
    }

    @Override
    public void summary(List<Column> summaryColumns, List<List<?>> rows) {
        // rows only: a trailer would break every tool that loads the file
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }

    private static String field(Column c, Object v) {
        if (v == null) {
            return "";
        }
        return switch (c.kind()) {
            case AMOUNT, PERCENT -> ((BigDecimal) v).stripTrailingZeros().toPlainString();
            case INSTANT -> ((Instant) v).toString();
            case COUNT -> v.toString();
            case TEXT -> FormulaInjection.defuse(v.toString());
        };
    }

    private void line(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String f = fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                out.write('"');
                out.write(f.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(f);
            }
        }
        out.write("\r\n");
    }
}
