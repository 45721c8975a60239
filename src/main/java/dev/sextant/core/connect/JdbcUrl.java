package dev.sextant.core.connect;

import org.postgresql.PGProperty;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * pgjdbc's URLs, {@code jdbc:postgresql://h1:5432,h2:5433/db?user=rose&sslmode=require}, read
 * into libpq keywords so that they go through the same defaults as every other form.
 */
final class JdbcUrl {

    static final String PREFIX = "jdbc:postgresql:";

    /** What the URL says: libpq options, plus pgjdbc's read-only flag that libpq has no option for. */
    record Options(Map<String, String> values, boolean readOnly) {
    }

    private JdbcUrl() {
    }

    static Options parse(String url, List<String> warnings) throws ConnectionStringException {
        String rest = url.substring(PREFIX.length());
        int question = rest.indexOf('?');
        String query = question < 0 ? "" : rest.substring(question + 1);
        String path = question < 0 ? rest : rest.substring(0, question);
        Map<String, String> values = new LinkedHashMap<>();
        if (path.startsWith("//")) {
            int slash = path.indexOf('/', 2);
            readServers(path.substring(2, slash < 0 ? path.length() : slash), values, url);
            path = slash < 0 ? "" : path.substring(slash + 1);
        }
        if (!path.isEmpty()) {
            values.put("dbname", decode(path));
        }
        boolean readOnly = readParameters(query, values, warnings);
        return new Options(values, readOnly);
    }

    private static void readServers(String netloc, Map<String, String> values, String url) throws ConnectionStringException {
        if (netloc.isEmpty()) {
            return;
        }
        List<String> hosts = new ArrayList<>();
        List<String> ports = new ArrayList<>();
        for (String server : netloc.split(",", -1)) {
            int portColon = server.startsWith("[") ? server.indexOf(':', server.indexOf(']')) : server.lastIndexOf(':');
            String host = portColon < 0 ? server : server.substring(0, portColon);
            if (host.startsWith("[")) {
                if (!host.endsWith("]")) {
                    throw new ConnectionStringException("invalid IPv6 address in JDBC URL: \"" + url + "\"");
                }
                host = host.substring(1, host.length() - 1);
            }
            hosts.add(host);
            ports.add(portColon < 0 ? "" : server.substring(portColon + 1));
        }
        values.put("host", String.join(",", hosts));
        if (ports.stream().anyMatch(port -> !port.isEmpty())) {
            values.put("port", String.join(",", ports));
        }
    }

    /** pgjdbc's property names turned into libpq's; returns whether readOnly=true was among them. */
    private static boolean readParameters(String query, Map<String, String> values, List<String> warnings)
            throws ConnectionStringException {
        boolean readOnly = false;
        boolean ssl = false;
        for (String parameter : query.isEmpty() ? new String[0] : query.split("&")) {
            int equals = parameter.indexOf('=');
            String key = decode(equals < 0 ? parameter : parameter.substring(0, equals));
            String value = equals < 0 ? "" : decode(parameter.substring(equals + 1));
            String libpq = libpqName(key);
            if (libpq != null) {
                values.put(libpq, value);
            } else if (key.equals("readOnly")) {
                readOnly = Boolean.parseBoolean(value);
            } else if (key.equals("ssl")) {
                ssl = value.isEmpty() || Boolean.parseBoolean(value);
            } else if (PGProperty.forName(key) != null) {
                warnings.add("JDBC property \"" + key + "\" is not kept by Sextant; it was ignored");
            } else {
                throw new ConnectionStringException("invalid connection option \"" + key + "\"");
            }
        }
        if (ssl) {
            // pgjdbc's meaning of ssl=true: verify the certificate and the host name.
            values.putIfAbsent("sslmode", SslMode.VERIFY_FULL.keyword());
        }
        return readOnly;
    }

    private static String libpqName(String jdbcName) {
        return switch (jdbcName) {
            case "user", "password", "sslmode", "sslrootcert" -> jdbcName;
            case "ApplicationName" -> "application_name";
            case "connectTimeout" -> "connect_timeout";
            default -> null;
        };
    }

    /** pgjdbc decodes with URLDecoder, so a plus is a space here (unlike in libpq URIs). */
    private static String decode(String raw) throws ConnectionStringException {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ConnectionStringException("invalid percent-encoded token: \"" + raw + "\"");
        }
    }
}
