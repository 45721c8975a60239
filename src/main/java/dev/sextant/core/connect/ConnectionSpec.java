package dev.sextant.core.connect;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where to connect, without the password: what a saved connection holds and what the
 * connection dialog edits. The password travels separately (see {@link Endpoint}) so that a
 * spec can be written to disk, logged or shown without leaking it.
 *
 * @param engine                PostgreSQL, SQLite or Cassandra
 * @param servers               PostgreSQL servers tried in order, Cassandra contact points (empty for SQLite)
 * @param database              PostgreSQL database name, Cassandra keyspace (unused for SQLite)
 * @param user                  PostgreSQL role to connect as (unused for SQLite)
 * @param file                  SQLite database file (unused for PostgreSQL)
 * @param readOnly              open so that the server (or SQLite) refuses writes
 * @param sslMode               PostgreSQL SSL mode, libpq's names
 * @param sslRootCert           root certificate for verify-ca / verify-full, or null for the
 *                              driver's default ({@code ~/.postgresql/root.crt})
 * @param applicationName       shown by the server in {@code pg_stat_activity}; null means "Sextant"
 * @param connectTimeoutSeconds how long to wait for each server; 0 means not set, and then
 *                              pgjdbc's default of 10 seconds applies (libpq would wait forever)
 * @param datacenter            Cassandra's local datacenter (the driver sends requests only to its
 *                              nodes), or null for an engine without datacenters
 */
public record ConnectionSpec(Engine engine, List<ServerAddress> servers, String database, String user,
                             Path file, boolean readOnly, SslMode sslMode, Path sslRootCert,
                             String applicationName, int connectTimeoutSeconds, String datacenter) {

    public static final int DEFAULT_PORT = 5432;

    /** A spec with no local datacenter (every engine but Cassandra; files written before it existed). */
    public ConnectionSpec(Engine engine, List<ServerAddress> servers, String database, String user, Path file,
                          boolean readOnly, SslMode sslMode, Path sslRootCert, String applicationName,
                          int connectTimeoutSeconds) {
        this(engine, servers, database, user, file, readOnly, sslMode, sslRootCert, applicationName,
                connectTimeoutSeconds, null);
    }

    public ConnectionSpec {
        Objects.requireNonNull(engine, "engine");
        servers = servers == null ? List.of() : List.copyOf(servers);
        sslMode = sslMode == null ? SslMode.DEFAULT : sslMode;
        if (connectTimeoutSeconds < 0) {
            throw new IllegalArgumentException("a connect timeout cannot be negative");
        }
        if (engine.connection().usesFile()) {
            Objects.requireNonNull(file, "a " + engine.displayName() + " connection needs a file");
            file = file.toAbsolutePath().normalize();
        } else if (servers.isEmpty()) {
            throw new IllegalArgumentException("a " + engine.displayName() + " connection needs at least one server");
        }
    }

    public static ConnectionSpec sqlite(Path file) {
        return new ConnectionSpec(Engine.SQLITE, List.of(), null, null, file, false, null, null, null, 0);
    }

    public static ConnectionSpec postgres(String host, int port, String database, String user) {
        return postgres(List.of(new ServerAddress(host, port)), database, user);
    }

    public static ConnectionSpec postgres(List<ServerAddress> servers, String database, String user) {
        return new ConnectionSpec(Engine.POSTGRESQL, servers, database, user, null, false, null, null, null, 0);
    }

    /** The first (usually the only) server's host, or null for SQLite. */
    public String host() {
        return servers.isEmpty() ? null : servers.get(0).host();
    }

    /** The first (usually the only) server's port, or 0 for SQLite. */
    public int port() {
        return servers.isEmpty() ? 0 : servers.get(0).port();
    }

    /** The same connection pointed at another database of the same server. */
    public ConnectionSpec withDatabase(String otherDatabase) {
        return new ConnectionSpec(engine, servers, otherDatabase, user, file, readOnly, sslMode, sslRootCert,
                applicationName, connectTimeoutSeconds, datacenter);
    }

    public ConnectionSpec withReadOnly(boolean value) {
        return new ConnectionSpec(engine, servers, database, user, file, value, sslMode, sslRootCert,
                applicationName, connectTimeoutSeconds, datacenter);
    }

    public ConnectionSpec withUser(String otherUser) {
        return new ConnectionSpec(engine, servers, database, otherUser, file, readOnly, sslMode, sslRootCert,
                applicationName, connectTimeoutSeconds, datacenter);
    }

    /** SSL mode and the root certificate that verify-ca / verify-full check against (null: default). */
    public ConnectionSpec withSsl(SslMode mode, Path rootCert) {
        return new ConnectionSpec(engine, servers, database, user, file, readOnly, mode, rootCert,
                applicationName, connectTimeoutSeconds, datacenter);
    }

    public ConnectionSpec withApplicationName(String name) {
        return new ConnectionSpec(engine, servers, database, user, file, readOnly, sslMode, sslRootCert,
                name, connectTimeoutSeconds, datacenter);
    }

    public ConnectionSpec withConnectTimeoutSeconds(int seconds) {
        return new ConnectionSpec(engine, servers, database, user, file, readOnly, sslMode, sslRootCert,
                applicationName, seconds, datacenter);
    }

    public ConnectionSpec withDatacenter(String name) {
        return new ConnectionSpec(engine, servers, database, user, file, readOnly, sslMode, sslRootCert,
                applicationName, connectTimeoutSeconds, name);
    }

    /** A short name for tabs and the tree: the file name, or {@code user@host:port/database}. */
    public String displayName() {
        return engine.connection().displayName(this);
    }
}
