package dev.sextant.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.regex.Pattern;

/** A value as the text files write it: as the server spelled it. */
final class ValueText {

    /** A JSON number: what may be written as a number without changing its value or its digits. */
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private ValueText() {
    }

    /**
     * The text of a non-null value. Booleans come typed only from pgjdbc, so they are spelled as
     * PostgreSQL spells them ({@code t}, {@code f}), like COPY and psql.
     */
    static String of(Object value) {
        if (value instanceof Boolean b) {
            return b ? "t" : "f";
        }
        return value.toString();
    }

    static boolean isJsonNumber(String text) {
        return JSON_NUMBER.matcher(text).matches();
    }

    /** A buffered writer in the options' encoding, its byte order mark written when asked for. */
    static Writer writer(ExportOptions options, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, options.charset()), 1 << 16);
        if (options.bom()) {
            writer.write('\uFEFF');
        }
        return writer;
    }
}
