package dev.sextant.core.cassandra;

/** What {@link CassandraCatalog} lists, as the tree shows it. */
public final class CatalogEntries {

    private CatalogEntries() {
    }

    /**
     * @param replication {@code SimpleStrategy rf 1}
     * @param system      one of Cassandra's own keyspaces
     * @param virtual     a virtual keyspace (system_views): tables computed by the node, no DDL
     */
    public record Keyspace(String name, String replication, boolean system, boolean virtual) {
    }

    /** What part a column plays in its table's primary key. */
    public enum Role {
        PARTITION_KEY("partition key"), CLUSTERING_ASC("clustering key ASC"), CLUSTERING_DESC("clustering key DESC"),
        STATIC("static"), REGULAR("");

        private final String words;

        Role(String words) {
            this.words = words;
        }

        /** As the tree labels it: "partition key", "clustering key DESC", "static", "" for a plain column. */
        public String words() {
            return words;
        }
    }

    public record Column(String name, String type, Role role) {
    }
}
