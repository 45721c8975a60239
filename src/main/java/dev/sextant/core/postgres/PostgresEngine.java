package dev.sextant.core.postgres;

import dev.sextant.core.connect.ConnectionEnvironment;
import dev.sextant.core.connect.ConnectionFields;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.ConnectionStrings;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.connect.ParsedConnection;
import dev.sextant.core.engine.DatabaseEngine;
import dev.sextant.core.meta.CatalogReader;
import dev.sextant.core.pool.ConnectionPools;
import dev.sextant.core.session.Dialect;
import dev.sextant.core.session.ErrorTranslation;
import dev.sextant.core.sql.Identifiers;
import dev.sextant.core.sql.SqlDialect;
import dev.sextant.core.sql.StatementRules;

import java.util.List;
import java.util.Optional;

/**
 * PostgreSQL through pgjdbc: servers tried in order, databases each on its own connection,
 * roles, and transactions in which one failed statement spoils the rest unless a savepoint
 * was set before it.
 */
public final class PostgresEngine implements DatabaseEngine, ConnectionFields, Dialect {

    public static final PostgresEngine INSTANCE = new PostgresEngine();


    private PostgresEngine() {
    }

    @Override
    public Engine id() {
        return Engine.POSTGRESQL;
    }

    @Override
    public ConnectionFields connection() {
        return this;
    }

    @Override
    public Dialect dialect() {
        return this;
    }

    @Override
    public ErrorTranslation errors() {
        return PostgresErrors.INSTANCE;
    }

    @Override
    public CatalogReader catalog(ConnectionPools pools, Endpoint endpoint) {
        return new PostgresCatalog(pools, endpoint);
    }

    @Override
    public boolean usesFile() {
        return false;
    }

    @Override
    public int defaultPort() {
        return ConnectionSpec.DEFAULT_PORT;
    }

    @Override
    public boolean canCreateEmpty() {
        return false;
    }

    /** A PostgreSQL database is made on the server, with CREATE DATABASE (the tree's Create database). */
    @Override
    public void createEmpty(ConnectionSpec spec) {
        throw new UnsupportedOperationException("A PostgreSQL database is created on its server, with CREATE DATABASE.");
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

    /** Every form libpq reads is read by {@link ConnectionStrings} itself, after the other engines. */
    @Override
    public Optional<ParsedConnection> parse(String text, ConnectionEnvironment env, List<String> warnings) {
        return Optional.empty();
    }

    @Override
    public SqlDialect lexing() {
        return SqlDialect.POSTGRESQL;
    }

    @Override
    public String quote(String identifier) {
        return Identifiers.quote(identifier);
    }

    @Override
    public Optional<String> outsideTransactionOnly(String sql) {
        return StatementRules.outsideTransactionOnly(sql);
    }

    @Override
    public boolean canWrapForSort() {
        return true;
    }
}
