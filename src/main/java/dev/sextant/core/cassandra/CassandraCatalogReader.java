package dev.sextant.core.cassandra;

import dev.sextant.core.cassandra.CatalogEntries.Column;
import dev.sextant.core.cassandra.CatalogEntries.Keyspace;
import com.datastax.oss.driver.api.core.CqlSession;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.pool.ConnectionPools;
import dev.sextant.core.meta.CatalogNode;
import dev.sextant.core.meta.CatalogNode.Kind;
import dev.sextant.core.meta.CatalogReader;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema tree of a cluster: keyspaces (Cassandra's own in a folder of their own) as schemas,
 * each with folders of tables, materialized views, user types and functions, and a table's
 * columns marked by their part in the primary key. Reads through the connection's shared driver
 * session, never a tab's, so browsing never waits behind a running query.
 */
final class CassandraCatalogReader implements CatalogReader {

    static final String SYSTEM_FOLDER = "System keyspaces";

    private final ConnectionPools pools;
    private final Endpoint endpoint;

    CassandraCatalogReader(ConnectionPools pools, Endpoint endpoint) {
        this.pools = pools;
        this.endpoint = endpoint;
    }

    /** Through the connection's shared driver session (closed with its pools when the user disconnects). */
    private CassandraCatalog catalog() {
        return new CassandraCatalog(pools.shared(endpoint, CqlSession.class, this::open));
    }

    private CqlSession open() {
        char[] password = endpoint.password();
        try {
            return CassandraConnect.open(CassandraEngine.spec(endpoint), password);
        } finally {
            if (password != null) {
                java.util.Arrays.fill(password, '\0');
            }
        }
    }

    @Override
    public List<CatalogNode> children(CatalogNode parent) {
        return switch (parent.kind()) {
            case CONNECTION -> keyspaces(false);
            case SCHEMA -> keyspaceFolders(parent.name());
            case TABLE, MATERIALIZED_VIEW -> columns(parent);
            case FOLDER -> folderContents(parent);
            default -> List.of();
        };
    }

    private List<CatalogNode> keyspaces(boolean system) {
        List<CatalogNode> out = new ArrayList<>();
        if (!system) {
            catalog().refresh();
        }
        for (Keyspace ks : catalog().keyspaces()) {
            if (ks.system() == system) {
                out.add(CatalogNode.object(Kind.SCHEMA, ks.name(), null, ks.name(), ks.replication(),
                        Map.of("Replication", ks.replication())));
            }
        }
        if (!system) {
            out.add(CatalogNode.folder(SYSTEM_FOLDER, Kind.SCHEMA, null, null, null));
        }
        return out;
    }

    private static List<CatalogNode> keyspaceFolders(String keyspace) {
        return List.of(CatalogNode.folder("Tables", Kind.TABLE, null, keyspace, null),
                CatalogNode.folder("Materialized views", Kind.MATERIALIZED_VIEW, null, keyspace, null),
                CatalogNode.folder("User types", Kind.USER_TYPE, null, keyspace, null),
                CatalogNode.folder("Functions", Kind.FUNCTION, null, keyspace, null));
    }

    private List<CatalogNode> folderContents(CatalogNode folder) {
        String ks = folder.schema();
        return switch (folder.contents()) {
            case SCHEMA -> keyspaces(true);
            case TABLE -> relations(Kind.TABLE, ks, catalog().tables(ks));
            case MATERIALIZED_VIEW -> relations(Kind.MATERIALIZED_VIEW, ks, catalog().materializedViews(ks));
            case USER_TYPE -> named(Kind.USER_TYPE, ks, catalog().userTypes(ks));
            case FUNCTION -> named(Kind.FUNCTION, ks, catalog().functions(ks));
            default -> List.of();
        };
    }

    /** Tables with their primary key written the CQL way in the tooltip. */
    private List<CatalogNode> relations(Kind kind, String keyspace, List<String> names) {
        List<CatalogNode> out = new ArrayList<>();
        for (String name : names) {
            out.add(CatalogNode.object(kind, name, null, keyspace, null,
                    Map.of("Primary key", catalog().primaryKey(keyspace, name))));
        }
        return out;
    }

    private static List<CatalogNode> named(Kind kind, String keyspace, List<String> names) {
        return names.stream().map(n -> CatalogNode.object(kind, n, null, keyspace, null, null)).toList();
    }

    /** A table's columns in key order, each labelled with its type and its part in the key. */
    private List<CatalogNode> columns(CatalogNode table) {
        CatalogNode folder = new CatalogNode(Kind.FOLDER, "Columns", null, table.schema(), table.name(), Kind.COLUMN,
                null, null);
        List<CatalogNode> out = new ArrayList<>();
        for (Column column : catalog().columns(table.schema(), table.name())) {
            String role = column.role().words();
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("Type", column.type());
            if (!role.isEmpty()) {
                facts.put("Key", role);
            }
            out.add(CatalogNode.part(Kind.COLUMN, column.name(), folder,
                    role.isEmpty() ? column.type() : column.type() + " · " + role, facts));
        }
        return out;
    }

    @Override
    public String ddl(CatalogNode relation) {
        return catalog().ddl(relation.schema(), relation.name());
    }

    @Override
    public DataSource poolFor(CatalogNode node) {
        throw new UnsupportedOperationException("A Cassandra cluster is not reached through JDBC connections.");
    }
}
