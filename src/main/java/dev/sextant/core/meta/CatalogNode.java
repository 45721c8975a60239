package dev.sextant.core.meta;

/**
 * One object in the schema tree.
 *
 * @param kind   what it is
 * @param name   its own name, unquoted
 * @param schema the schema it lives in (null for connections and schemas)
 * @param table  for a column, its table (null otherwise)
 * @param detail a short extra line, such as a column's type
 */
public record CatalogNode(Kind kind, String name, String schema, String table, String detail) {

    /** The kinds of object the tree shows. */
    public enum Kind {
        CONNECTION(true), SCHEMA(true), TABLE(true), VIEW(true), COLUMN(false);

        private final boolean container;

        Kind(boolean container) {
            this.container = container;
        }

        /** Whether the node can be expanded. */
        public boolean isContainer() {
            return container;
        }
    }

    public static CatalogNode connection(String name) {
        return new CatalogNode(Kind.CONNECTION, name, null, null, null);
    }

    public String label() {
        return detail == null ? name : name + " : " + detail;
    }
}
