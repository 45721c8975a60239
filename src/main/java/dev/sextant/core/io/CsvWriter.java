package dev.sextant.core.io;

import dev.sextant.core.result.ResultColumn;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

/**
 * CSV as RFC 4180 and PostgreSQL's COPY write it (TSV is the same with a tab): a field is quoted
 * when it holds the delimiter, the quote, a line break, or when it is text that would read as
 * NULL (empty text is {@code ""} when NULL is the empty field). Lines end in LF, as COPY's do.
 */
final class CsvWriter implements RowWriter {

    private final Writer out;
    private final char delimiter;
    private final char quote;
    private final String nullText;

    CsvWriter(ExportOptions options, List<ResultColumn> columns, OutputStream stream) throws IOException {
        this.out = ValueText.writer(options, stream);
        this.delimiter = options.delimiter();
        this.quote = options.quote();
        this.nullText = options.nullText();
        if (options.header()) {
            Object[] names = columns.stream().map(ResultColumn::label).toArray();
            row(names);
        }
    }

    @Override
    public void row(Object[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.write(delimiter);
            }
            if (values[i] == null) {
                out.write(nullText);
            } else {
                field(ValueText.of(values[i]));
            }
        }
        out.write('\n');
    }

    private void field(String text) throws IOException {
        if (!needsQuotes(text)) {
            out.write(text);
            return;
        }
        out.write(quote);
        int from = 0;
        for (int at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, from)) {
            out.write(text, from, at + 1 - from);
            out.write(quote);
            from = at + 1;
        }
        out.write(text, from, text.length() - from);
        out.write(quote);
    }

    private boolean needsQuotes(String text) {
        if (text.equals(nullText)) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == delimiter || c == quote || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
