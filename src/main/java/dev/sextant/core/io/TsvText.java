package dev.sextant.core.io;

import dev.sextant.core.result.ResultColumn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * Cells as the text spreadsheets paste: tab-separated, a line per row, a value with a tab, a
 * line break or a quote in double quotes (as Excel and LibreOffice copy them), NULL as nothing.
 */
public final class TsvText {

    private TsvText() {
    }

    /**
     * The rows as text in {@code format} (CSV, TSV, Markdown, JSON, SQL INSERT), for the
     * clipboard: the same writers as export, so a copy reads like the file would.
     */
    public static String as(ExportFormat format, boolean header, List<ResultColumn> columns, List<Object[]> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RowWriter writer = RowWriter.open(ExportOptions.of(format).withHeader(header), columns, out);
            for (Object[] row : rows) {
                writer.row(row);
            }
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** {@code rows}, each an array of the values of the same columns. */
    public static String of(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        int width = rows.get(0).length;
        List<ResultColumn> columns = Collections.nCopies(width, new ResultColumn("", "text", false));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RowWriter writer = new CsvWriter(ExportOptions.of(ExportFormat.TSV).withHeader(false), columns, out);
            for (Object[] row : rows) {
                writer.row(row);
            }
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
