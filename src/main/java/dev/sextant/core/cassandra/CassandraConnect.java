package dev.sextant.core.cassandra;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.metadata.Node;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Opens driver sessions from a {@link CassandraSpec}, entirely in code: the user never writes
 * the driver's {@code application.conf}. Blocking: call it off the FX thread.
 */
public final class CassandraConnect {

    /** Rows a page brings: the driver's paging, as the grid's pages for SQL. */
    public static final int PAGE_SIZE = 1000;

    private CassandraConnect() {
    }

    /**
     * A connected session, checked to have nodes in the spec's local datacenter (the driver would
     * connect anyway and then fail every request with "no node was available").
     *
     * @param password the plain-text password, or null; cleared by the caller when done
     */
    public static CqlSession open(CassandraSpec spec, char[] password) {
        CqlSession session = builder(spec, password).build();
        try {
            requireLocalDatacenter(session, spec.datacenter());
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** What Test reports: the server's release version and the datacenters the cluster has. */
    public static ClusterFacts test(CassandraSpec spec, char[] password) {
        try (CqlSession session = open(spec, password)) {
            return ClusterFacts.of(session);
        }
    }

    /** The datacenters of the nodes the driver knows, sorted. */
    public static Set<String> datacenters(CqlSession session) {
        Set<String> names = new TreeSet<>();
        for (Node node : session.getMetadata().getNodes().values()) {
            if (node.getDatacenter() != null) {
                names.add(node.getDatacenter());
            }
        }
        return names;
    }

    private static void requireLocalDatacenter(CqlSession session, String datacenter) {
        Set<String> names = datacenters(session);
        if (!names.contains(datacenter)) {
            throw new WrongDatacenterException(datacenter, names);
        }
    }

    private static CqlSessionBuilder builder(CassandraSpec spec, char[] password) {
        DriverConfigLoader config = DriverConfigLoader.programmaticBuilder()
                .withInt(DefaultDriverOption.REQUEST_PAGE_SIZE, PAGE_SIZE)
                .withString(DefaultDriverOption.REQUEST_CONSISTENCY, "LOCAL_ONE")
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(30))
                .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(10))
                // The tree shows every keyspace, Cassandra's own included (the driver skips system ones by default).
                .withStringList(DefaultDriverOption.METADATA_SCHEMA_REFRESHED_KEYSPACES, List.of())
                // After a CREATE or ALTER the driver waits for its schema refresh; a second of debouncing
                // made every DDL statement of a script take a second longer.
                .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(100))
                // USE is how a user switches keyspace in an editor tab, not a mistake to warn about.
                .withBoolean(DefaultDriverOption.REQUEST_WARN_IF_SET_KEYSPACE, false)
                .build();
        CqlSessionBuilder builder = CqlSession.builder()
                .withConfigLoader(config)
                .withLocalDatacenter(spec.datacenter())
                .withApplicationName("Sextant");
        for (InetSocketAddress address : spec.addresses()) {
            builder.addContactPoint(address);
        }
        if (!spec.keyspace().isEmpty()) {
            builder.withKeyspace(CqlIdentifier.fromInternal(spec.keyspace()));
        }
        if (!spec.user().isEmpty()) {
            builder.withAuthCredentials(spec.user(), password == null ? "" : new String(password));
        }
        if (spec.trustStore() != null) {
            builder.withSslContext(sslContext(spec));
        }
        return builder;
    }

    /** Trusts the certificates of the spec's trust store (opened without a password: a trust store holds no secrets). */
    private static SSLContext sslContext(CassandraSpec spec) {
        try (InputStream in = Files.newInputStream(spec.trustStore())) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(in, null);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("The trust store " + spec.trustStore() + " could not be read: "
                    + e.getMessage(), e);
        }
    }
}
