package dev.sextant.core.connect;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * libpq's connection URIs, {@code postgresql://user:secret@h1:5432,[::1]:5433/db?sslmode=require},
 * read into libpq keywords the way libpq's {@code conninfo_uri_parse_options} does, with its
 * error messages; and percent-encoding for writing one.
 */
public final class ConnectionUri {

    static final String[] PREFIXES = {"postgresql://", "postgres://"};

    private ConnectionUri() {
    }

    static boolean isUri(String text) {
        return prefixLength(text) > 0;
    }

    static int prefixLength(String text) {
        for (String prefix : PREFIXES) {
            if (text.startsWith(prefix)) {
                return prefix.length();
            }
        }
        return 0;
    }

    /** libpq keyword → value, values already percent-decoded. */
    static Map<String, String> parse(String uri, Predicate<String> knownKeyword) throws ConnectionStringException {
        int start = prefixLength(uri);
        if (start == 0) {
            throw new ConnectionStringException("invalid URI propagated to internal parser routine: \"" + uri + "\"");
        }
        Map<String, String> values = new LinkedHashMap<>();
        int p = readServers(uri, readCredentials(uri, start, values), values);
        char terminator = at(uri, p);
        if (terminator != '\0' && terminator != '?') {
            int dbStart = p + 1;
            p = scanTo(uri, dbStart, "?");
            // An empty database name is left unset, so PGDATABASE and the default still apply.
            putDecoded(values, "dbname", uri.substring(dbStart, p));
            terminator = at(uri, p);
        }
        if (terminator == '?') {
            readParameters(uri.substring(p + 1), values, knownKeyword);
        }
        return values;
    }

    /** {@code host[:port]} pairs separated by commas, into libpq's comma lists; where what follows them starts. */
    private static int readServers(String uri, int from, Map<String, String> values) throws ConnectionStringException {
        StringBuilder hosts = new StringBuilder();
        StringBuilder ports = new StringBuilder();
        int p = from;
        while (true) {
            p = readHost(uri, p, hosts);
            if (at(uri, p) == ':') {
                int portStart = p + 1;
                p = scanTo(uri, portStart, "/?,");
                ports.append(uri, portStart, p);
            }
            if (at(uri, p) != ',') {
                break;
            }
            p++;
            hosts.append(',');
            ports.append(',');
        }
        putDecoded(values, "host", hosts.toString());
        putDecoded(values, "port", ports.toString());
        return p;
    }

    /** One host, a name or an IPv6 address in brackets, appended to {@code hosts}; where it ends. */
    private static int readHost(String uri, int from, StringBuilder hosts) throws ConnectionStringException {
        if (at(uri, from) != '[') {
            int end = scanTo(uri, from, ":/?,");
            hosts.append(uri, from, end);
            return end;
        }
        int close = uri.indexOf(']', from + 1);
        if (close < 0) {
            throw new ConnectionStringException("end of string reached when looking for matching \"]\" in IPv6 host address in URI: \"" + uri + "\"");
        }
        if (close == from + 1) {
            throw new ConnectionStringException("IPv6 host address may not be empty in URI: \"" + uri + "\"");
        }
        hosts.append(uri, from + 1, close);
        int p = close + 1;
        if (p < uri.length() && ":/?,".indexOf(uri.charAt(p)) < 0) {
            throw new ConnectionStringException("unexpected character \"" + uri.charAt(p) + "\" at position "
                    + (p + 1) + " in URI (expected \":\" or \"/\"): \"" + uri + "\"");
        }
        return p;
    }

    /** The character at {@code i}, or NUL past the end (libpq reads a C string). */
    private static char at(String uri, int i) {
        return i < uri.length() ? uri.charAt(i) : '\0';
    }

    /** {@code user[:password]@}, if there is an {@code @} before the first {@code /}. */
    private static int readCredentials(String uri, int start, Map<String, String> values) throws ConnectionStringException {
        int at = scanTo(uri, start, "@/");
        if (at >= uri.length() || uri.charAt(at) != '@') {
            return start;
        }
        int userEnd = scanTo(uri, start, ":@");
        putDecoded(values, "user", uri.substring(start, userEnd));
        if (uri.charAt(userEnd) == ':') {
            putDecoded(values, "password", uri.substring(userEnd + 1, at));
        }
        return at + 1;
    }

    private static void readParameters(String query, Map<String, String> values, Predicate<String> knownKeyword)
            throws ConnectionStringException {
        String[] parameters = query.split("&", -1);
        // libpq stops at the end of the string, so one trailing "&" is harmless.
        int count = parameters[parameters.length - 1].isEmpty() ? parameters.length - 1 : parameters.length;
        for (int i = 0; i < count; i++) {
            String parameter = parameters[i];
            int equals = parameter.indexOf('=');
            if (equals < 0) {
                throw new ConnectionStringException("missing key/value separator \"=\" in URI query parameter: \"" + parameter + "\"");
            }
            String rawKey = parameter.substring(0, equals);
            if (parameter.indexOf('=', equals + 1) >= 0) {
                throw new ConnectionStringException("extra key/value separator \"=\" in URI query parameter: \"" + rawKey + "\"");
            }
            String key = decode(rawKey);
            String value = decode(parameter.substring(equals + 1));
            if (key.equals("ssl") && value.equals("true")) {
                // libpq's own concession to JDBC habits.
                key = "sslmode";
                value = "require";
            }
            if (!knownKeyword.test(key)) {
                throw new ConnectionStringException("invalid URI query parameter: \"" + key + "\"");
            }
            values.put(key, value);
        }
    }

    private static void putDecoded(Map<String, String> values, String key, String raw) throws ConnectionStringException {
        if (!raw.isEmpty()) {
            values.put(key, decode(raw));
        }
    }

    private static int scanTo(String text, int from, String stops) {
        int i = from;
        while (i < text.length() && stops.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /** Percent-decoding as libpq does it: {@code +} stays a plus, {@code %00} is refused. */
    public static String decode(String raw) throws ConnectionStringException {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] source = raw.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < source.length; i++) {
            if (source[i] != '%') {
                bytes.write(source[i]);
                continue;
            }
            int hi = i + 1 < source.length ? Character.digit(source[i + 1], 16) : -1;
            int lo = i + 2 < source.length ? Character.digit(source[i + 2], 16) : -1;
            if (hi < 0 || lo < 0) {
                throw new ConnectionStringException("invalid percent-encoded token: \"" + raw + "\"");
            }
            if (hi == 0 && lo == 0) {
                throw new ConnectionStringException("forbidden value %00 in percent-encoded value: \"" + raw + "\"");
            }
            bytes.write(hi << 4 | lo);
            i += 2;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters, so it is safe in any part. */
    public static String encode(String value) {
        StringBuilder text = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                text.append(c);
            } else {
                text.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return text.toString();
    }
}
