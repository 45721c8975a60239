package dev.sextant.core.io;

import java.nio.charset.Charset;

/**
 * How a CSV file is written: detected from the file and shown to the user, who may correct it.
 *
 * @param charset    the text encoding
 * @param bomBytes   how many bytes of byte-order mark the file starts with (skipped, never data)
 * @param delimiter  the field separator: one of {@code , ; \t |}
 * @param header     whether the first line names the columns
 * @param emptyIsNull whether an empty field is stored as NULL (the default) or as empty text
 */
public record CsvOptions(Charset charset, int bomBytes, char delimiter, boolean header, boolean emptyIsNull) {

    public CsvOptions withDelimiter(char value) {
        return new CsvOptions(charset, bomBytes, value, header, emptyIsNull);
    }

    public CsvOptions withHeader(boolean value) {
        return new CsvOptions(charset, bomBytes, delimiter, value, emptyIsNull);
    }

    public CsvOptions withCharset(Charset value) {
        return new CsvOptions(value, bomBytes, delimiter, header, emptyIsNull);
    }

    public CsvOptions withEmptyIsNull(boolean value) {
        return new CsvOptions(charset, bomBytes, delimiter, header, value);
    }

    /** The delimiter as people name it. */
    public String delimiterName() {
        return switch (delimiter) {
            case '\t' -> "Tab";
            case ';' -> "Semicolon";
            case '|' -> "Pipe";
            default -> "Comma";
        };
    }
}
