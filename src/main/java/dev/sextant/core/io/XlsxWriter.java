package dev.sextant.core.io;

import dev.sextant.core.result.ResultColumn;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * An Excel workbook written row by row (fastexcel, inline strings: memory holds a page of rows,
 * not the sheet). Cells are typed where Excel keeps the value exactly: whole numbers up to 2^53,
 * decimals of at most 15 digits, booleans, dates, timestamps to the millisecond; anything else
 * (a numeric(30,10), NaN, an interval, a timestamp with microseconds or a time zone) stays the
 * server's text. NULL is an empty cell, empty text an empty string. A sheet holds at most
 * 1,048,576 rows: the rows go on in a next sheet, and the note says so.
 */
final class XlsxWriter implements RowWriter {

    /** Excel's limit of a cell's text; a longer value would make Excel "repair" the file. */
    static final int CELL_TEXT_LIMIT = 32_767;
    private static final long EXACT_WHOLE = 1L << 53;
    private static final int FLUSH_EVERY = 1_000;

    private enum Kind { NUMBER, DATE, TIMESTAMP, TEXT }

    private final Workbook workbook;
    private final List<ResultColumn> columns;
    private final Kind[] kinds;
    private final boolean header;
    private final int rowsPerSheet;
    private Worksheet sheet;
    private int sheets;
    private int row;
    private long rowsWritten;

    XlsxWriter(ExportOptions options, List<ResultColumn> columns, OutputStream out) throws IOException {
        this(options, columns, out, Worksheet.MAX_ROWS);
    }

    /** With fewer rows a sheet than Excel's limit: tests see a second sheet begin without a million rows. */
    XlsxWriter(ExportOptions options, List<ResultColumn> columns, OutputStream out, int rowsPerSheet)
            throws IOException {
        this.rowsPerSheet = rowsPerSheet;
        workbook = new Workbook(out, "Sextant", "1.0");
        this.columns = columns;
        this.header = options.header();
        kinds = columns.stream().map(XlsxWriter::kind).toArray(Kind[]::new);
        newSheet();
    }

    private static Kind kind(ResultColumn column) {
        String type = column.typeName().toLowerCase(Locale.ROOT);
        if (type.equals("date")) {
            return Kind.DATE;
        }
        if (type.equals("timestamp")) {
            return Kind.TIMESTAMP;
        }
        return column.numeric() ? Kind.NUMBER : Kind.TEXT;
    }

    private void newSheet() throws IOException {
        if (sheet != null) {
            sheet.finish();
        }
        sheets++;
        sheet = workbook.newWorksheet(sheets == 1 ? "Result" : "Result (" + sheets + ")");
        row = 0;
        if (header) {
            for (int c = 0; c < columns.size(); c++) {
                sheet.inlineString(0, c, columns.get(c).label());
                sheet.style(0, c).bold().set();
            }
            row = 1;
        }
    }

    @Override
    public void row(Object[] values) throws IOException {
        if (row == rowsPerSheet) {
            newSheet();
        }
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                cell(c, values[c]);
            }
        }
        row++;
        if (++rowsWritten % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    private void cell(int c, Object value) {
        if (value instanceof Boolean b) {
            sheet.value(row, c, b);
        } else if ((value instanceof Integer || value instanceof Long) && Math.abs(((Number) value).longValue()) < EXACT_WHOLE) {
            sheet.value(row, c, (Number) value);
        } else if (value instanceof Double d && Double.isFinite(d)) {
            sheet.value(row, c, d);
        } else {
            text(c, value.toString());
        }
    }

    private void text(int c, String text) {
        if (kinds[c] == Kind.NUMBER && exactInExcel(text)) {
            sheet.value(row, c, new BigDecimal(text));
            return;
        }
        if (kinds[c] == Kind.DATE && text.length() == 10) {
            try {
                sheet.value(row, c, LocalDate.parse(text));
                sheet.style(row, c).format("yyyy-mm-dd").set();
                return;
            } catch (DateTimeParseException notIso) {
                // A BC date, 'infinity' or another DateStyle: keep the server's text.
            }
        }
        if (kinds[c] == Kind.TIMESTAMP && timestamp(c, text)) {
            return;
        }
        if (text.length() > CELL_TEXT_LIMIT) {
            throw new ExportException("A value in column " + columns.get(c).label() + " has " + text.length()
                    + " characters, and an Excel cell holds at most 32,767; export as CSV to keep it whole.");
        }
        sheet.inlineString(row, c, text);
    }

    /** A timestamp without time zone, typed when Excel keeps it exactly (to the millisecond). */
    private boolean timestamp(int c, String text) {
        try {
            LocalDateTime at = LocalDateTime.parse(text.replace(' ', 'T'));
            if (at.getNano() % 1_000_000 != 0 || at.getYear() < 1900) {
                return false; // microseconds, or before Excel's calendar starts: the server's text
            }
            sheet.value(row, c, at);
            sheet.style(row, c).format(at.getNano() == 0 ? "yyyy-mm-dd hh:mm:ss" : "yyyy-mm-dd hh:mm:ss.000").set();
            return true;
        } catch (DateTimeParseException notIso) {
            return false;
        }
    }

    /** Whether Excel's double keeps this decimal's value and digits exactly (15 significant digits). */
    private static boolean exactInExcel(String text) {
        if (!ValueText.isJsonNumber(text)) {
            return false;
        }
        BigDecimal exact = new BigDecimal(text);
        return exact.precision() <= 15 && new BigDecimal(Double.toString(exact.doubleValue())).compareTo(exact) == 0;
    }

    @Override
    public String note() {
        return sheets == 1 ? "" : sheets + " sheets: an Excel sheet holds at most 1,048,576 rows";
    }

    @Override
    public void finish() throws IOException {
        sheet.finish();
        workbook.finish();
    }
}
