package dev.sextant.core.io;

import dev.sextant.core.result.ResultColumn;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes rows into a file of one format, one row at a time, so memory holds a row, never the
 * result. Values are those of {@link dev.sextant.core.result.CompactRows}: {@code null} for
 * NULL, Integer, Long, Double or Boolean as the driver typed them, otherwise the server's text.
 */
public interface RowWriter {

    /** Writes one row, values in column order. */
    void row(Object[] values) throws IOException;

    /** Writes what closes the file (a JSON array's bracket, the last INSERT) and flushes; the stream stays open. */
    void finish() throws IOException;

    /** A note for the user about how the file was written ("2 sheets: …"), or "" when there is none. */
    default String note() {
        return "";
    }

    /** A writer of {@code options.format()} onto {@code out}, its header (if any) already written. */
    static RowWriter open(ExportOptions options, List<ResultColumn> columns, OutputStream out) throws IOException {
        return switch (options.format()) {
            case CSV, TSV -> new CsvWriter(options, columns, out);
            case JSON -> new JsonWriter(options, columns, out);
            case SQL_INSERT -> new SqlInsertWriter(options, columns, out);
            case MARKDOWN -> new MarkdownWriter(options, columns, out);
            case XLSX -> new XlsxWriter(options, columns, out);
        };
    }
}
