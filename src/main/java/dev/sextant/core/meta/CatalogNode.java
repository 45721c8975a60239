package dev.sextant.core.meta;

import dev.sextant.core.sql.Identifiers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One object in the schema tree. Names are stored unquoted, exactly as the catalog holds them;
 * {@link #qualifiedName()} quotes them for SQL.
 *
 * @param kind     what it is
 * @param name     its own name (for a folder, its label such as "Tables")
 * @param database the PostgreSQL database it lives in, so a reader can pick that database's pool
 *                 (null for the connection itself, for roles and for SQLite)
 * @param schema   the schema it lives in (for SQLite, the attached database's name such as "main")
 * @param table    for a column, key, index or trigger, its table; for a folder, the table it is in
 * @param contents for a folder, the kind of its children (null otherwise)
 * @param detail   a short extra line shown after the name, such as a column's type
 * @param facts    label → value, in display order, for a tooltip: owner, size, row estimate, comment…
 */
public record CatalogNode(Kind kind, String name, String database, String schema, String table,
                          Kind contents, String detail, Map<String, String> facts) {

    /** The kinds of object the tree shows. */
    public enum Kind {
        CONNECTION(true), DATABASE(true), SCHEMA(true), FOLDER(true),
        TABLE(true), VIEW(true), MATERIALIZED_VIEW(true), SEQUENCE(false), FUNCTION(false),
        COLUMN(false), KEY(false), INDEX(false), TRIGGER(false), ROLE(false), USER_TYPE(false);

        private final boolean container;

        Kind(boolean container) {
            this.container = container;
        }

        /** Whether the node can be expanded (so the UI can show a loading child at once). */
        public boolean isContainer() {
            return container;
        }

        /** Tables, views and materialized views: what can be opened, shown as DDL and dropped. */
        public boolean isRelation() {
            return this == TABLE || this == VIEW || this == MATERIALIZED_VIEW;
        }
    }

    public CatalogNode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        facts = facts == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public static CatalogNode connection(String name) {
        return new CatalogNode(Kind.CONNECTION, name, null, null, null, null, null, null);
    }

    /** A connection shown under the name it was saved as, its address among its facts. */
    public static CatalogNode connection(String savedName, String address) {
        return new CatalogNode(Kind.CONNECTION, savedName, null, null, null, null, null, Map.of("Connection", address));
    }

    /** A folder such as "Tables" in a schema, or "Columns" in a table (then {@code table} is set). */
    public static CatalogNode folder(String label, Kind contents, String database, String schema, String table) {
        return new CatalogNode(Kind.FOLDER, label, database, schema, table, contents, null, null);
    }

    /** An object directly in a schema (or database, for kind DATABASE and SCHEMA). */
    public static CatalogNode object(Kind kind, String name, String database, String schema, String detail,
                                     Map<String, String> facts) {
        return new CatalogNode(kind, name, database, schema, null, null, detail, facts);
    }

    /** A part of a table: a column, key, index or trigger. */
    public static CatalogNode part(Kind kind, String name, CatalogNode folder, String detail, Map<String, String> facts) {
        return new CatalogNode(kind, name, folder.database(), folder.schema(), folder.table(), null, detail, facts);
    }

    /** What the tree row shows: the name, then the detail if any. */
    public String label() {
        return detail == null ? name : name + " : " + detail;
    }

    /** The facts as tooltip lines, "Owner: rose". */
    public String tooltip() {
        return facts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n"));
    }

    /** The name as SQL needs it, schema included: {@code "shop"."Mixed Case"}. */
    public String qualifiedName() {
        return kind == Kind.SCHEMA || kind == Kind.DATABASE || kind == Kind.ROLE
                ? Identifiers.quote(name) : Identifiers.qualified(schema, name);
    }

    /** The statement that opens a table or view's data: {@code SELECT * FROM "shop"."Mixed Case"}. */
    public String selectAllSql() {
        if (!kind.isRelation()) {
            throw new IllegalStateException("Only tables and views hold rows, not a " + kind);
        }
        return "SELECT * FROM " + qualifiedName();
    }
}
