package dev.sextant.core.cassandra;

import dev.sextant.core.connect.Capabilities;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.connect.ServerAddress;
import dev.sextant.core.engine.DatabaseEngine;
import dev.sextant.core.meta.CatalogReader;
import dev.sextant.core.pool.ConnectionPools;
import dev.sextant.core.sql.SqlDialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Apache Cassandra through its Java driver: contact points in the spec's servers, the local
 * datacenter in its {@code datacenter}, the optional keyspace in its {@code database}; CQL read
 * by the one lexer; no transactions and no server-side sort wrapping (CQL has no subqueries).
 */
public final class CassandraEngine implements DatabaseEngine {

    /**
     * No transactions (each write is applied at once), one cluster of keyspaces reached by one
     * session, roles not administered from the tree, passwords for plain-text authentication.
     */
    private static final Capabilities CAPABILITIES = new Capabilities(false, false, false, false, false, true);

    public static final CassandraEngine INSTANCE = new CassandraEngine();

    private CassandraEngine() {
    }

    /** The driver's spec for a connection the dialog or a saved file describes. */
    public static CassandraSpec spec(ConnectionSpec spec) {
        String points = spec.servers().stream().map(ServerAddress::forUrl).collect(Collectors.joining(","));
        return new CassandraSpec(points, spec.port(), spec.datacenter(), spec.database(), spec.user(), null);
    }

    /**
     * The driver's spec for an endpoint: plain-text authentication only when a password is given
     * (the dialog may hold the login name libpq's defaults put in the user field, and the driver
     * refuses a user with an empty password before asking the cluster anything).
     */
    public static CassandraSpec spec(Endpoint endpoint) {
        char[] password = endpoint.password();
        CassandraSpec spec = spec(endpoint.spec());
        return password == null || password.length == 0 ? spec.withUser("") : spec;
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public Engine id() {
        return Engine.CASSANDRA;
    }

    @Override
    public CatalogReader catalog(ConnectionPools pools, Endpoint endpoint) {
        return new CassandraCatalogReader(pools, endpoint);
    }

    @Override
    public boolean usesKeyspaces() {
        return true;
    }

    @Override
    public int defaultPort() {
        return CassandraSpec.DEFAULT_PORT;
    }

    @Override
    public String displayName(ConnectionSpec spec) {
        String user = spec.user() == null || spec.user().isBlank() ? "" : spec.user() + "@";
        String keyspace = spec.database() == null || spec.database().isBlank() ? "" : "/" + spec.database();
        return user + spec.servers().get(0).forUrl() + (spec.servers().size() > 1 ? ",…" : "") + keyspace;
    }

    /** The contact points, datacenter and keyspace as the dialog shows them (Cassandra has no string form of its own). */
    @Override
    public String format(ConnectionSpec spec, boolean passwordPresent) {
        CassandraSpec cql = spec(spec);
        return "cassandra://" + (cql.user().isEmpty() ? "" : cql.user() + (passwordPresent ? ":***" : "") + "@")
                + cql.contactPoints() + "/" + cql.keyspace() + "?localDatacenter=" + cql.datacenter();
    }

    @Override
    public SqlDialect lexing() {
        return SqlDialect.CQL;
    }

    @Override
    public String quote(String identifier) {
        return CassandraCatalog.quote(identifier);
    }

    @Override
    public Optional<String> outsideTransactionOnly(String sql) {
        return Optional.empty();
    }

    @Override
    public String languageName() {
        return "CQL";
    }

    @Override
    public Optional<String> withoutTransactions() {
        return Optional.of(CassandraSession.NO_TRANSACTIONS);
    }

    /** LOCAL_ONE first (the driver's default, and the tab's), then the rest as CQL names them. */
    @Override
    public List<String> consistencyLevels() {
        List<String> levels = new ArrayList<>(List.of("LOCAL_ONE"));
        CassandraSession.levels().forEach(l -> {
            if (!levels.contains(l.name())) {
                levels.add(l.name());
            }
        });
        return levels;
    }

    @Override
    public boolean canWrapForSort() {
        return false;
    }
}
