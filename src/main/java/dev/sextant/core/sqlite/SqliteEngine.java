package dev.sextant.core.sqlite;

import dev.sextant.core.connect.ConnectionEnvironment;
import dev.sextant.core.connect.Capabilities;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.ConnectionStringException;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.connect.ParsedConnection;
import dev.sextant.core.connect.PasswordSource;
import dev.sextant.core.engine.DatabaseEngine;
import dev.sextant.core.meta.CatalogReader;
import dev.sextant.core.pool.ConnectionPools;
import dev.sextant.core.sql.SqlDialect;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * SQLite: one local file, transactions without roles or databases, reached through sqlite-jdbc.
 * SQL's quoting and the statements that run only outside a transaction are the contract's defaults.
 */
public final class SqliteEngine implements DatabaseEngine {

    /** A failed statement is undone alone, so no savepoint is needed around each one; one file, no roles. */
    private static final Capabilities CAPABILITIES = new Capabilities(true, true, false, false, false, false);

    public static final SqliteEngine INSTANCE = new SqliteEngine();

    private SqliteEngine() {
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public Engine id() {
        return Engine.SQLITE;
    }

    @Override
    public CatalogReader catalog(ConnectionPools pools, Endpoint endpoint) {
        return new SqliteCatalog(pools.poolFor(endpoint));
    }

    @Override
    public boolean usesFile() {
        return true;
    }

    @Override
    public int defaultPort() {
        return 0;
    }

    @Override
    public boolean canCreateEmpty() {
        return true;
    }

    @Override
    public void createEmpty(ConnectionSpec spec) throws IOException, SQLException {
        NewSqliteDatabase.create(spec.file());
    }

    @Override
    public String displayName(ConnectionSpec spec) {
        return spec.file().getFileName().toString();
    }

    @Override
    public String format(ConnectionSpec spec, boolean passwordPresent) {
        return SqliteUrl.format(spec);
    }

    @Override
    public Optional<ParsedConnection> parse(String text, ConnectionEnvironment env, List<String> warnings)
            throws ConnectionStringException {
        return SqliteUrl.parse(text, env, warnings)
                .map(spec -> new ParsedConnection(spec, null, PasswordSource.NONE, false, warnings));
    }

    @Override
    public SqlDialect lexing() {
        return SqlDialect.SQLITE;
    }
}
