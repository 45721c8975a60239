package dev.sextant.core.postgres;

import dev.sextant.core.connect.Capabilities;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.ConnectionStrings;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.engine.DatabaseEngine;
import dev.sextant.core.meta.CatalogReader;
import dev.sextant.core.pool.ConnectionPools;
import dev.sextant.core.sql.SqlDialect;

/**
 * PostgreSQL through pgjdbc: servers tried in order, databases each on its own connection,
 * roles, and transactions in which one failed statement spoils the rest unless a savepoint
 * was set before it. Every string form libpq reads is read by {@link ConnectionStrings} itself,
 * after the other engines, so it keeps the contract's default {@code parse}; SQL's quoting and
 * the statements that run only outside a transaction are the defaults too.
 */
public final class PostgresEngine implements DatabaseEngine {

    private static final Capabilities CAPABILITIES = new Capabilities(true, true, true, true, true, true);

    public static final PostgresEngine INSTANCE = new PostgresEngine();

    private PostgresEngine() {
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public Engine id() {
        return Engine.POSTGRESQL;
    }

    @Override
    public CatalogReader catalog(ConnectionPools pools, Endpoint endpoint) {
        return new PostgresCatalog(pools, endpoint);
    }

    @Override
    public int defaultPort() {
        return ConnectionSpec.DEFAULT_PORT;
    }

    @Override
    public String displayName(ConnectionSpec spec) {
        return spec.user() + "@" + spec.servers().get(0).forUrl() + (spec.servers().size() > 1 ? ",…" : "")
                + "/" + spec.database();
    }

    /** A libpq keyword/value string with every field and {@code password=***} when there is one. */
    @Override
    public String format(ConnectionSpec spec, boolean passwordPresent) {
        return ConnectionStrings.toKeywordValue(spec, passwordPresent);
    }

    @Override
    public SqlDialect lexing() {
        return SqlDialect.POSTGRESQL;
    }
}
