package dev.sextant.core.io;

import dev.sextant.core.result.ResultColumn;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

/**
 * A GitHub-flavoured Markdown table: numbers right-aligned, {@code |} and backslashes escaped,
 * line breaks as {@code <br>}, so each row stays one line of the table.
 */
final class MarkdownWriter implements RowWriter {

    private final Writer out;
    private final String nullText;

    MarkdownWriter(ExportOptions options, List<ResultColumn> columns, OutputStream stream) throws IOException {
        out = ValueText.writer(options, stream);
        nullText = options.nullText();
        out.write('|');
        for (ResultColumn column : columns) {
            out.write(' ' + escape(column.label()) + " |");
        }
        out.write("\n|");
        for (ResultColumn column : columns) {
            out.write(column.numeric() ? " ---: |" : " --- |");
        }
        out.write('\n');
    }

    @Override
    public void row(Object[] values) throws IOException {
        out.write('|');
        for (Object value : values) {
            out.write(' ');
            out.write(value == null ? nullText : escape(ValueText.of(value)));
            out.write(" |");
        }
        out.write('\n');
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", "<br>").replace("\n", "<br>")
                .replace("\r", "<br>");
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
