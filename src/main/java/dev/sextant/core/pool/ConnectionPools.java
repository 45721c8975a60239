package dev.sextant.core.pool;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.Engine;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * HikariCP pools, one per (connection, database), for metadata and other short tasks. Editor
 * tabs never borrow from here: each has its own pinned connection, so a pooled connection
 * never carries a user's transaction or session settings.
 */
public final class ConnectionPools implements AutoCloseable {

    private final Map<String, HikariDataSource> pools = new LinkedHashMap<>();

    /** The pool for this endpoint's database, made on first use. Makes no connection itself. */
    public synchronized DataSource poolFor(Endpoint endpoint) {
        String key = endpoint.jdbcUrl() + "|" + endpoint.spec().user();
        return pools.computeIfAbsent(key, k -> create(endpoint));
    }

    private static HikariDataSource create(Endpoint endpoint) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("sextant-" + endpoint.spec().engine().name().toLowerCase() + "-metadata");
        config.setJdbcUrl(endpoint.jdbcUrl());
        config.setDataSourceProperties(endpoint.driverProperties());
        config.setMaximumPoolSize(endpoint.spec().engine() == Engine.SQLITE ? 2 : 4);
        config.setMinimumIdle(0);
        config.setIdleTimeout(60_000);
        config.setConnectionTimeout(15_000);
        // Connect on first use, on a background thread, never while the pool is being made.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /** Closes the pools of one connection (all its databases). */
    public synchronized void closeFor(Endpoint endpoint) {
        String prefix = endpoint.jdbcUrl();
        pools.entrySet().removeIf(e -> {
            if (e.getKey().startsWith(prefix)) {
                e.getValue().close();
                return true;
            }
            return false;
        });
    }

    /**
     * Closes the pool of this endpoint's database only, so that Sextant's own idle metadata
     * connections do not stop the database from being dropped.
     */
    public synchronized void closeDatabase(Endpoint endpoint) {
        HikariDataSource pool = pools.remove(endpoint.jdbcUrl() + "|" + endpoint.spec().user());
        if (pool != null) {
            pool.close();
        }
    }

    @Override
    public synchronized void close() {
        pools.values().forEach(HikariDataSource::close);
        pools.clear();
    }
}
