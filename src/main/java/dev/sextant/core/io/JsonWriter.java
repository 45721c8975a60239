package dev.sextant.core.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import dev.sextant.core.result.ResultColumn;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * JSON: an array of objects, one a row, keyed by column name, or NDJSON (one object a line).
 * A number is written with the server's own digits, so a numeric(40,20) loses nothing; what
 * JSON cannot write as a number (NaN, Infinity) becomes a string. A json or jsonb value is
 * embedded as the JSON it is. NULL is {@code null}, empty text {@code ""}.
 */
final class JsonWriter implements RowWriter {

    /** Emoji and other characters beyond U+FFFF are written as UTF-8, not as \\u escapes of their halves. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    private enum Kind { NUMBER, JSON, TEXT }

    private final JsonGenerator json;
    private final boolean lines;
    private final String[] keys;
    private final Kind[] kinds;

    JsonWriter(ExportOptions options, List<ResultColumn> columns, OutputStream out) throws IOException {
        if (options.bom()) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        lines = options.jsonLines();
        json.setPrettyPrinter(new RowPerLine());
        keys = uniqueKeys(columns);
        kinds = columns.stream().map(JsonWriter::kind).toArray(Kind[]::new);
        if (!lines) {
            json.writeStartArray();
        }
    }

    private static Kind kind(ResultColumn column) {
        String type = column.typeName().toLowerCase(Locale.ROOT);
        if (type.equals("json") || type.equals("jsonb")) {
            return Kind.JSON;
        }
        return column.numeric() ? Kind.NUMBER : Kind.TEXT;
    }

    /** Two columns both called {@code id} would collide in an object: the second becomes {@code id_2}. */
    private static String[] uniqueKeys(List<ResultColumn> columns) {
        Set<String> taken = new HashSet<>();
        String[] keys = new String[columns.size()];
        for (int i = 0; i < keys.length; i++) {
            String name = columns.get(i).label();
            String key = name;
            for (int n = 2; !taken.add(key); n++) {
                key = name + "_" + n;
            }
            keys[i] = key;
        }
        return keys;
    }

    @Override
    public void row(Object[] values) throws IOException {
        json.writeStartObject();
        for (int i = 0; i < values.length; i++) {
            json.writeFieldName(keys[i]);
            value(values[i], kinds[i]);
        }
        json.writeEndObject();
    }

    private void value(Object value, Kind kind) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Integer || value instanceof Long) {
            json.writeNumber(value.toString());
        } else if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                json.writeString(d.toString());
            } else {
                json.writeNumber(d);
            }
        } else {
            String text = value.toString();
            if (kind == Kind.NUMBER && ValueText.isJsonNumber(text)) {
                json.writeNumber(text);
            } else if (kind == Kind.JSON) {
                json.writeRawValue(text);
            } else {
                json.writeString(text);
            }
        }
    }

    /** One row a line: easy to read, to diff, and to stream into another tool. */
    private static final class RowPerLine extends MinimalPrettyPrinter {
        RowPerLine() {
            super("\n");
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw("[\n");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            g.writeRaw(values == 0 ? "]" : "\n]");
        }
    }

    @Override
    public void finish() throws IOException {
        if (!lines) {
            json.writeEndArray();
        }
        json.writeRaw('\n');
        json.flush();
    }
}
