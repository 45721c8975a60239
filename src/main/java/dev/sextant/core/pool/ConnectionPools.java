package dev.sextant.core.pool;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HikariCP pools, one per (connection, database), for metadata and other short tasks. Editor
 * tabs never borrow from here: each has its own pinned connection, so a pooled connection
 * never carries a user's transaction or session settings.
 */
public final class ConnectionPools implements AutoCloseable {

    /**
     * Which pool: the connection as the user made it (server, user, read-only…) without its
     * database, and the database. A record, not a string, so that closing one user's
     * connection can never match another user's pools on the same server.
     */
    private record PoolKey(ConnectionSpec connection, String database) {
        static PoolKey of(Endpoint endpoint) {
            return new PoolKey(endpoint.spec().withDatabase(null), endpoint.spec().database());
        }
    }

    private final Map<PoolKey, HikariDataSource> pools = new LinkedHashMap<>();
    private final Map<PoolKey, AutoCloseable> shared = new LinkedHashMap<>();

    /**
     * For an engine reached through its own driver (Cassandra), the one session the tree and other
     * short tasks share for this endpoint, opened by {@code open} on first use (blocking: call it
     * off the FX thread) and closed with the connection's pools.
     */
    public synchronized <T extends AutoCloseable> T shared(Endpoint endpoint, Class<T> type,
                                                           java.util.function.Supplier<T> open) {
        return type.cast(shared.computeIfAbsent(PoolKey.of(endpoint), k -> open.get()));
    }

    /** The pool for this endpoint's database, made on first use. Makes no connection itself. */
    public synchronized DataSource poolFor(Endpoint endpoint) {
        return pools.computeIfAbsent(PoolKey.of(endpoint), k -> create(endpoint));
    }

    private static HikariDataSource create(Endpoint endpoint) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("sextant-" + endpoint.spec().engine().name().toLowerCase() + "-metadata");
        config.setJdbcUrl(endpoint.jdbcUrl());
        config.setDataSourceProperties(endpoint.driverProperties());
        config.setMaximumPoolSize(endpoint.jdbc().metadataPoolSize());
        config.setMinimumIdle(0);
        config.setIdleTimeout(60_000);
        config.setConnectionTimeout(15_000);
        // Connect on first use, on a background thread, never while the pool is being made.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /** Closes the pools of one connection (all its databases; the endpoint's own database does not matter). */
    public synchronized void closeFor(Endpoint endpoint) {
        ConnectionSpec connection = PoolKey.of(endpoint).connection();
        pools.entrySet().removeIf(e -> {
            if (e.getKey().connection().equals(connection)) {
                e.getValue().close();
                return true;
            }
            return false;
        });
        shared.entrySet().removeIf(e -> {
            if (e.getKey().connection().equals(connection)) {
                closeQuietly(e.getValue());
                return true;
            }
            return false;
        });
    }

    private static void closeQuietly(AutoCloseable session) {
        try {
            session.close();
        } catch (Exception ignored) {
            // Closing only frees what the driver still holds; the connection is being forgotten anyway.
        }
    }

    /**
     * Closes the pool of this endpoint's database only, so that Sextant's own idle metadata
     * connections do not stop the database from being dropped.
     */
    public synchronized void closeDatabase(Endpoint endpoint) {
        HikariDataSource pool = pools.remove(PoolKey.of(endpoint));
        if (pool != null) {
            pool.close();
        }
    }

    @Override
    public synchronized void close() {
        pools.values().forEach(HikariDataSource::close);
        pools.clear();
        shared.values().forEach(ConnectionPools::closeQuietly);
        shared.clear();
    }
}
