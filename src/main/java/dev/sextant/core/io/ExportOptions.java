package dev.sextant.core.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How a file is written. The defaults are those of psql's {@code \copy … CSV HEADER}: comma,
 * double quote, a header line, NULL as an empty unquoted field (empty text is {@code ""}),
 * UTF-8 without a byte order mark.
 *
 * @param format       the kind of file
 * @param delimiter    the field separator of CSV (TSV always uses a tab)
 * @param quote        the quote character of CSV and TSV
 * @param header       whether CSV, TSV and XLSX start with the column names
 * @param nullText     how CSV, TSV and Markdown spell NULL; a text equal to it is quoted
 * @param charset      the text files' encoding
 * @param bom          whether a text file starts with a byte order mark (Excel reads UTF-8 CSV then)
 * @param jsonLines    JSON as one object a line (NDJSON) instead of one array
 * @param tableName    the table SQL INSERT statements name
 * @param rowsPerInsert rows in one multi-row INSERT
 */
public record ExportOptions(ExportFormat format, char delimiter, char quote, boolean header, String nullText,
                            Charset charset, boolean bom, boolean jsonLines, String tableName, int rowsPerInsert) {

    public ExportOptions {
        if (format == ExportFormat.TSV) {
            delimiter = '\t';
        }
        if (rowsPerInsert < 1) {
            throw new IllegalArgumentException("rowsPerInsert must be at least 1");
        }
        if (delimiter == quote || delimiter == '\n' || delimiter == '\r' || quote == '\n' || quote == '\r') {
            throw new IllegalArgumentException("The delimiter and the quote must differ and not be line breaks");
        }
    }

    /** The defaults for {@code format}; Markdown spells NULL as {@code NULL}, since an empty cell reads as nothing. */
    public static ExportOptions of(ExportFormat format) {
        return new ExportOptions(format, ',', '"', true, format == ExportFormat.MARKDOWN ? "NULL" : "",
                StandardCharsets.UTF_8, false, false, "exported_rows", 500);
    }

    public ExportOptions withNullText(String text) {
        return new ExportOptions(format, delimiter, quote, header, text, charset, bom, jsonLines, tableName,
                rowsPerInsert);
    }

    public ExportOptions withHeader(boolean value) {
        return new ExportOptions(format, delimiter, quote, value, nullText, charset, bom, jsonLines, tableName,
                rowsPerInsert);
    }

    public ExportOptions withBom(boolean value) {
        return new ExportOptions(format, delimiter, quote, header, nullText, charset, value, jsonLines, tableName,
                rowsPerInsert);
    }

    public ExportOptions withJsonLines(boolean value) {
        return new ExportOptions(format, delimiter, quote, header, nullText, charset, bom, value, tableName,
                rowsPerInsert);
    }

    public ExportOptions withTable(String name, int rows) {
        return new ExportOptions(format, delimiter, quote, header, nullText, charset, bom, jsonLines, name, rows);
    }

    public ExportOptions withDelimiter(char value) {
        return new ExportOptions(format, value, quote, header, nullText, charset, bom, jsonLines, tableName,
                rowsPerInsert);
    }

    public ExportOptions withDelimiterAndQuote(char newDelimiter, char newQuote) {
        return new ExportOptions(format, newDelimiter, newQuote, header, nullText, charset, bom, jsonLines, tableName,
                rowsPerInsert);
    }

    public ExportOptions withCharset(Charset value) {
        return new ExportOptions(format, delimiter, quote, header, nullText, value, bom, jsonLines, tableName,
                rowsPerInsert);
    }
}
