package dev.sextant.core.cassandra;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a Cassandra cluster is and how to talk to it, as the connection dialog fills it.
 *
 * @param contactPoints comma-separated {@code host} or {@code host:port} ({@code [::1]:9042} for IPv6)
 * @param port          the native port of contact points that name none (9042 by default)
 * @param datacenter    the local datacenter: the driver sends requests only to its nodes
 * @param keyspace      the session's keyspace, or "" for none
 * @param user          the user for plain-text authentication, or "" for none
 * @param trustStore    a JKS/PKCS12 trust store for SSL, or null for a plain connection
 */
public record CassandraSpec(String contactPoints, int port, String datacenter, String keyspace, String user,
                            Path trustStore) {

    public static final int DEFAULT_PORT = 9042;
    public static final String DEFAULT_DATACENTER = "datacenter1";

    public CassandraSpec {
        contactPoints = contactPoints == null || contactPoints.isBlank() ? "127.0.0.1" : contactPoints.strip();
        port = port <= 0 ? DEFAULT_PORT : port;
        datacenter = datacenter == null || datacenter.isBlank() ? DEFAULT_DATACENTER : datacenter.strip();
        keyspace = keyspace == null ? "" : keyspace.strip();
        user = user == null ? "" : user.strip();
    }

    /** A node on {@code host:port}, local datacenter {@code datacenter1}, no keyspace, no user, no SSL. */
    public static CassandraSpec of(String contactPoints, int port) {
        return new CassandraSpec(contactPoints, port, DEFAULT_DATACENTER, "", "", null);
    }

    public CassandraSpec withDatacenter(String name) {
        return new CassandraSpec(contactPoints, port, name, keyspace, user, trustStore);
    }

    public CassandraSpec withKeyspace(String name) {
        return new CassandraSpec(contactPoints, port, datacenter, name, user, trustStore);
    }

    public CassandraSpec withUser(String name) {
        return new CassandraSpec(contactPoints, port, datacenter, keyspace, name, trustStore);
    }

    /** The contact points as addresses, each with its own port or {@link #port()}; unresolved, so no DNS here. */
    public List<InetSocketAddress> addresses() {
        List<InetSocketAddress> out = new ArrayList<>();
        for (String part : contactPoints.split(",")) {
            String point = part.strip();
            if (!point.isEmpty()) {
                out.add(address(point));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("No contact point given.");
        }
        return out;
    }

    private InetSocketAddress address(String point) {
        String host = point;
        int portOfPoint = port;
        if (point.startsWith("[")) {
            int close = point.indexOf(']');
            if (close < 0) {
                throw new IllegalArgumentException("The contact point " + point + " opens a [ it never closes.");
            }
            host = point.substring(1, close);
            portOfPoint = point.length() > close + 2 && point.charAt(close + 1) == ':'
                    ? parsePort(point, point.substring(close + 2)) : port;
        } else if (point.indexOf(':') >= 0 && point.indexOf(':') == point.lastIndexOf(':')) {
            host = point.substring(0, point.indexOf(':'));
            portOfPoint = parsePort(point, point.substring(point.indexOf(':') + 1));
        }
        return InetSocketAddress.createUnresolved(host, portOfPoint);
    }

    private static int parsePort(String point, String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value > 0 && value < 65536) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // Reported below in the user's words.
        }
        throw new IllegalArgumentException("The port of the contact point " + point + " is not a number from 1 to 65535.");
    }
}
