package dev.sextant.core.connect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * libpq's keyword/value syntax ({@code dbname=dq user=rose password='it''s'}), read and written
 * the way libpq's {@code conninfo_parse} and {@code appendConnStrVal} do: values may be quoted
 * with {@code '...'}; inside or outside quotes a backslash takes the next character literally.
 */
final class KeywordValueText {

    private KeywordValueText() {
    }

    /**
     * The keywords and values in order of first appearance; a repeated keyword keeps its last
     * value, as in libpq. Stops at the first error, like libpq, so an unknown keyword is reported
     * before a syntax error later in the string.
     */
    static Map<String, String> parse(String text, Predicate<String> knownKeyword) throws ConnectionStringException {
        Map<String, String> values = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (isSpace(text.charAt(i))) {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < n && text.charAt(i) != '=' && !isSpace(text.charAt(i))) {
                i++;
            }
            String name = text.substring(nameStart, i);
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= n || text.charAt(i) != '=') {
                throw new ConnectionStringException("missing \"=\" after \"" + name + "\" in connection info string");
            }
            i = skipSpaces(text, i + 1);
            StringBuilder value = new StringBuilder();
            i = i < n && text.charAt(i) == '\'' ? readQuoted(text, i + 1, value) : readPlain(text, i, value);
            if (!knownKeyword.test(name)) {
                throw new ConnectionStringException("invalid connection option \"" + name + "\"");
            }
            values.put(name, value.toString());
        }
        return values;
    }

    private static int readPlain(String text, int i, StringBuilder value) {
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (isSpace(c)) {
                break;
            }
            if (c == '\\') {
                if (i < text.length()) {
                    value.append(text.charAt(i++));
                }
            } else {
                value.append(c);
            }
        }
        return i;
    }

    private static int readQuoted(String text, int i, StringBuilder value) throws ConnectionStringException {
        while (true) {
            if (i >= text.length()) {
                throw new ConnectionStringException("unterminated quoted string in connection info string");
            }
            char c = text.charAt(i++);
            if (c == '\'') {
                return i;
            }
            if (c == '\\' && i < text.length()) {
                c = text.charAt(i++);
            }
            value.append(c);
        }
    }

    /** {@code keyword=value} pairs separated by single spaces, each value quoted if it must be. */
    static String format(Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        values.forEach((keyword, value) -> {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(keyword).append('=').append(quote(value));
        });
        return text.toString();
    }

    /**
     * The value as it must be written: plain when that reads back the same, else in quotes with
     * {@code '} and {@code \} escaped. Quotes a little more than strictly needed (any space,
     * {@code =}, control character), because a reader should see at once where a value ends.
     */
    static String quote(String value) {
        if (!needsQuotes(value)) {
            return value;
        }
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'' || c == '\\') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.append('\'').toString();
    }

    private static boolean needsQuotes(String value) {
        if (value.isEmpty()) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'' || c == '\\' || c == '=' || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.isISOControl(c)) {
                return true;
            }
        }
        return false;
    }

    /** C's isspace() in the C locale, which is what libpq uses. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
