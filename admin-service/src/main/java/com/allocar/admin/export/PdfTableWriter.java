package com.allocar.admin.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A PDF (OpenPDF), landscape A4: the title, the table (its header repeated on every page, handed to the document every
 * {@value #CHUNK} rows so that a long table is not held whole), then the summary. Amounts as 1 234 567 XOF (French
 * grouping), instants in UTC.
 */
final class PdfTableWriter implements TableWriter {

    private static final int CHUNK = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final Document doc;
    private final List<Column> columns;
    private final Font body = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private final Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    private PdfPTable table;
    private int pending;

    PdfTableWriter(OutputStream out, String title, List<Column> columns) throws IOException {
        this.columns = columns;
        doc = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        try {
            PdfWriter.getInstance(doc, out).setCloseStream(false);
            doc.addTitle(title);
            doc.addCreator("AlloCar admin");
            doc.open();
            doc.add(new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14)));
            doc.add(new Paragraph(" "));
        } catch (DocumentException e) {
            throw new IOException(e);
        }
        table = newTable(columns);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        addRow(table, columns, cells, body);
        if (++pending == CHUNK) {
            add(table);
            pending = 0;
        }
    }

    @Override
    public void summary(List<Column> summaryColumns, List<List<?>> rows) throws IOException {
        flushTable();
        PdfPTable s = newTable(summaryColumns);
        for (List<?> r : rows) {
            addRow(s, summaryColumns, r, bold);
        }
        s.setComplete(true);
        try {
            doc.add(new Paragraph(" "));
        } catch (DocumentException e) {
            throw new IOException(e);
        }
        add(s);
    }

    @Override
    public void close() throws IOException {
        flushTable();
        doc.close();
    }

    private void flushTable() throws IOException {
        if (table != null) {
            table.setComplete(true);
            add(table);
            table = null;
        }
    }

    private PdfPTable newTable(List<Column> cols) {
        PdfPTable t = new PdfPTable(cols.size());
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        t.setComplete(false);
        for (Column c : cols) {
            t.addCell(new PdfPCell(new Phrase(c.header(), bold)));
        }
        return t;
    }

    private void add(PdfPTable t) throws IOException {
        try {
            doc.add(t);
        } catch (DocumentException e) {
            throw new IOException(e);
        }
    }

    private static void addRow(PdfPTable t, List<Column> cols, List<?> cells, Font font) {
        for (int i = 0; i < cols.size(); i++) {
            Column c = cols.get(i);
            PdfPCell cell = new PdfPCell(new Phrase(text(c, cells.get(i)), font));
            if (c.kind() != Column.Kind.TEXT && c.kind() != Column.Kind.INSTANT) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            t.addCell(cell);
        }
    }

    static String text(Column c, Object v) {
        if (v == null) {
            return "";
        }
        return switch (c.kind()) {
            case AMOUNT -> amounts().format((BigDecimal) v);
            case PERCENT -> amounts().format((BigDecimal) v) + " %";
            case INSTANT -> TIME.format((Instant) v);
            case COUNT, TEXT -> v.toString();
        };
    }

    private static DecimalFormat amounts() {
        DecimalFormatSymbols fr = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        fr.setGroupingSeparator(' ');
        return new DecimalFormat("#,##0.##", fr);
    }
}
