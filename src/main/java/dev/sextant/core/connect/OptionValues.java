package dev.sextant.core.connect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** libpq option values, defaults and service already applied, checked and turned into a spec. */
final class OptionValues {

    private OptionValues() {
    }

    static ConnectionSpec toSpec(Map<String, String> options, ConnectionEnvironment env, List<String> warnings)
            throws ConnectionStringException {
        String user = orDefault(options.get("user"), env.osUser());
        String database = orDefault(options.get("dbname"), user);
        SslMode sslMode = sslMode(options.get("sslmode"));
        String rootCert = options.get("sslrootcert");
        String applicationName = options.get("application_name");
        int timeout = integer(options.get("connect_timeout"), "connect_timeout");
        return new ConnectionSpec(Engine.POSTGRESQL, servers(options.get("host"), options.get("port"), warnings),
                database, user, null, false, sslMode, rootCert == null || rootCert.isEmpty() ? null : Path.of(rootCert),
                applicationName == null || applicationName.isEmpty() ? null : applicationName, Math.max(timeout, 0));
    }

    /** libpq pairs a list of hosts with one port for all of them, or with as many ports. */
    static List<ServerAddress> servers(String hostList, String portList, List<String> warnings)
            throws ConnectionStringException {
        List<String> hosts = split(hostList);
        List<String> ports = split(portList);
        if (ports.size() != 1 && ports.size() != hosts.size()) {
            throw new ConnectionStringException("could not match " + ports.size() + " port numbers to "
                    + hosts.size() + " hosts");
        }
        List<ServerAddress> servers = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            String host = hosts.get(i);
            if (host.startsWith("/") || host.startsWith("@")) {
                warnings.add("host \"" + host + "\" is a Unix-domain socket, which Sextant cannot use; it connects to "
                        + Defaults.DEFAULT_HOST + " over TCP instead");
                host = "";
            }
            servers.add(new ServerAddress(orDefault(host, Defaults.DEFAULT_HOST), port(ports.get(ports.size() == 1 ? 0 : i))));
        }
        return servers;
    }

    private static int port(String text) throws ConnectionStringException {
        if (text.isEmpty()) {
            return ConnectionSpec.DEFAULT_PORT;
        }
        int port = integer(text, "port");
        if (port < 1 || port > 65535) {
            throw new ConnectionStringException("invalid port number: \"" + text + "\"");
        }
        return port;
    }

    private static SslMode sslMode(String text) throws ConnectionStringException {
        if (text == null || text.isEmpty()) {
            return SslMode.DEFAULT;
        }
        return SslMode.fromKeyword(text)
                .orElseThrow(() -> new ConnectionStringException("invalid sslmode value: \"" + text + "\""));
    }

    /** libpq's parse_int_param: optional surrounding spaces, an optional sign, digits. */
    private static int integer(String text, String keyword) throws ConnectionStringException {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ConnectionStringException("invalid integer value \"" + text + "\" for connection option \""
                    + keyword + "\"");
        }
    }

    /** An unset list is one empty entry, which then takes the default, as in libpq. */
    private static List<String> split(String list) {
        return list == null ? List.of("") : Arrays.asList(list.split(",", -1));
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
