package dev.sextant.core.connect;

import java.util.Objects;

/**
 * One PostgreSQL server to try: a host name or IP address and a TCP port. A connection may list
 * several, tried in order, as libpq's {@code host=h1,h2 port=p1,p2} does.
 *
 * @param host name or address; an IPv6 address is written without brackets
 * @param port TCP port, 1 to 65535
 */
public record ServerAddress(String host, int port) {

    public ServerAddress {
        Objects.requireNonNull(host, "host");
        if (host.isBlank()) {
            throw new IllegalArgumentException("a server needs a host name");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("invalid port number: \"" + port + "\"");
        }
    }

    /** {@code host:port}, with an IPv6 address in brackets as URLs need it. */
    public String forUrl() {
        boolean ipv6 = host.contains(":") && !host.startsWith("[");
        return (ipv6 ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public String toString() {
        return forUrl();
    }
}
