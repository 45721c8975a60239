package dev.sextant.core.cassandra;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.metadata.schema.ClusteringOrder;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.RelationMetadata;
import dev.sextant.core.cassandra.CatalogEntries.Column;
import dev.sextant.core.cassandra.CatalogEntries.Keyspace;
import dev.sextant.core.cassandra.CatalogEntries.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the tree shows of a cluster, read from the driver's schema metadata (which the driver
 * keeps current from the cluster's schema events): keyspaces with their replication, the
 * tables, materialized views, user types and functions of each, a table's columns in key order,
 * its primary key written the CQL way and its CREATE TABLE. Blocking only on a refresh; call it
 * off the FX thread.
 */
public final class CassandraCatalog {

    /** Keyspaces Cassandra keeps for itself, shown in a folder of their own. */
    static final Set<String> SYSTEM_KEYSPACES = Set.of("system", "system_schema", "system_auth", "system_distributed",
            "system_traces", "system_views", "system_virtual_schema", "system_cluster_metadata");

    private final CqlSession session;

    public CassandraCatalog(CqlSession session) {
        this.session = session;
    }

    /** Reads the schema again from the cluster (after DDL run elsewhere). */
    public void refresh() {
        session.refreshSchema();
    }

    /** Every keyspace, sorted by name, with its replication as {@code SimpleStrategy rf 1}. */
    public List<Keyspace> keyspaces() {
        List<Keyspace> out = new ArrayList<>();
        for (KeyspaceMetadata ks : new TreeMap<>(byName(session.getMetadata().getKeyspaces())).values()) {
            String name = ks.getName().asInternal();
            out.add(new Keyspace(name, replication(ks.getReplication()), SYSTEM_KEYSPACES.contains(name), ks.isVirtual()));
        }
        return out;
    }

    public List<String> tables(String keyspace) {
        return names(keyspace(keyspace).getTables());
    }

    public List<String> materializedViews(String keyspace) {
        return names(keyspace(keyspace).getViews());
    }

    public List<String> userTypes(String keyspace) {
        return names(keyspace(keyspace).getUserDefinedTypes());
    }

    /** Functions as their signature reads: {@code spin(int)}. */
    public List<String> functions(String keyspace) {
        List<String> out = new ArrayList<>();
        keyspace(keyspace).getFunctions().values().forEach(f -> out.add(f.getSignature().getName().asInternal()
                + "(" + String.join(", ", f.getSignature().getParameterTypes().stream()
                .map(t -> t.asCql(true, true)).toList()) + ")"));
        out.sort(null);
        return out;
    }

    /** A table's (or view's) columns: partition key, then clustering key, each in key order, then static columns, then the rest. */
    public List<Column> columns(String keyspace, String table) {
        RelationMetadata relation = relation(keyspace, table);
        List<Column> out = new ArrayList<>();
        for (ColumnMetadata column : relation.getPartitionKey()) {
            out.add(new Column(column.getName().asInternal(), type(column), Role.PARTITION_KEY));
        }
        for (Map.Entry<ColumnMetadata, ClusteringOrder> entry : relation.getClusteringColumns().entrySet()) {
            Role role = entry.getValue() == ClusteringOrder.DESC ? Role.CLUSTERING_DESC : Role.CLUSTERING_ASC;
            out.add(new Column(entry.getKey().getName().asInternal(), type(entry.getKey()), role));
        }
        // Static columns next (one value per partition, so they read as part of the key), then the rest.
        for (boolean statics : new boolean[] {true, false}) {
            for (ColumnMetadata column : relation.getColumns().values()) {
                if (column.isStatic() == statics && !relation.getPrimaryKey().contains(column)) {
                    out.add(new Column(column.getName().asInternal(), type(column), statics ? Role.STATIC : Role.REGULAR));
                }
            }
        }
        return out;
    }

    /** {@code PRIMARY KEY ((year), artist_name)}: the partition key always in its own parentheses. */
    public String primaryKey(String keyspace, String table) {
        RelationMetadata relation = relation(keyspace, table);
        StringBuilder out = new StringBuilder("PRIMARY KEY ((");
        out.append(String.join(", ", relation.getPartitionKey().stream().map(c -> c.getName().asCql(true)).toList()));
        out.append(')');
        relation.getClusteringColumns().keySet().forEach(c -> out.append(", ").append(c.getName().asCql(true)));
        return out.append(')').toString();
    }

    /** The CREATE TABLE (or VIEW) the driver writes from its metadata, options included. */
    public String ddl(String keyspace, String table) {
        return relation(keyspace, table).describe(true);
    }

    /** {@code CREATE KEYSPACE "name" WITH replication = {'class': 'SimpleStrategy', 'replication_factor': n}}. */
    public static String createKeyspace(String name, int replicationFactor) {
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("The replication factor must be at least 1.");
        }
        return "CREATE KEYSPACE " + quote(name) + " WITH replication = {'class': 'SimpleStrategy', "
                + "'replication_factor': " + replicationFactor + "}";
    }

    public static String dropKeyspace(String name) {
        return "DROP KEYSPACE " + quote(name);
    }

    /** The one quoting helper for CQL identifiers: the driver's own, quoting only when needed. */
    public static String quote(String identifier) {
        return CqlIdentifier.fromInternal(identifier).asCql(true);
    }

    /** {@code SimpleStrategy rf 1}, {@code NetworkTopologyStrategy dc1 3, dc2 2}, {@code LocalStrategy}. */
    static String replication(Map<String, String> options) {
        String strategy = options.getOrDefault("class", "unknown");
        strategy = strategy.substring(strategy.lastIndexOf('.') + 1);
        StringBuilder out = new StringBuilder(strategy);
        String rf = options.get("replication_factor");
        if (rf != null) {
            out.append(" rf ").append(rf);
        }
        List<String> perDc = new ArrayList<>();
        new TreeMap<>(options).forEach((key, value) -> {
            if (!key.equals("class") && !key.equals("replication_factor")) {
                perDc.add(key + " " + value);
            }
        });
        if (!perDc.isEmpty()) {
            out.append(' ').append(String.join(", ", perDc));
        }
        return out.toString();
    }

    private static String type(ColumnMetadata column) {
        return column.getType().asCql(true, true);
    }

    private KeyspaceMetadata keyspace(String name) {
        return session.getMetadata().getKeyspace(CqlIdentifier.fromInternal(name))
                .orElseThrow(() -> new NoSuchElementException("There is no keyspace " + quote(name) + "."));
    }

    private RelationMetadata relation(String keyspace, String name) {
        KeyspaceMetadata ks = keyspace(keyspace);
        CqlIdentifier id = CqlIdentifier.fromInternal(name);
        return ks.getTable(id).map(t -> (RelationMetadata) t).or(() -> ks.getView(id).map(v -> v))
                .orElseThrow(() -> new NoSuchElementException("There is no table " + quote(name) + " in " + quote(keyspace) + "."));
    }

    private static <V> Map<String, V> byName(Map<CqlIdentifier, V> map) {
        Map<String, V> out = new TreeMap<>();
        map.forEach((id, value) -> out.put(id.asInternal(), value));
        return out;
    }

    private static List<String> names(Map<CqlIdentifier, ?> map) {
        return new ArrayList<>(byName(map).keySet());
    }
}
