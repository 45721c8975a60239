package dev.sextant.core.admin;

import dev.sextant.core.sql.Identifiers;

/** What a privilege is granted on: one table, every table of a schema, or a database. */
public sealed interface GrantTarget {

    /** The database whose catalog holds the grant (a database's own grant is cluster-wide, any will do). */
    String database();

    /** The ON clause's object, quoted: {@code TABLE "shop"."orders"}. */
    String sql();

    /** Whether {@code privilege} can be granted on this kind of target. */
    boolean accepts(Privilege privilege);

    static GrantTarget table(String database, String schema, String name) {
        return new Table(database, schema, name);
    }

    static GrantTarget allTablesIn(String database, String schema) {
        return new AllTables(database, schema);
    }

    static GrantTarget database(String name) {
        return new Database(name);
    }

    /** One table (or view). */
    record Table(String database, String schema, String name) implements GrantTarget {
        public String sql() {
            return "TABLE " + Identifiers.qualified(schema, name);
        }

        public boolean accepts(Privilege privilege) {
            return privilege.appliesToTables();
        }
    }

    /** Every table that exists in the schema now (not ones created later). */
    record AllTables(String database, String schema) implements GrantTarget {
        public String sql() {
            return "ALL TABLES IN SCHEMA " + Identifiers.quote(schema);
        }

        public boolean accepts(Privilege privilege) {
            return privilege.appliesToTables();
        }
    }

    /** A database: CONNECT, CREATE (schemas), TEMPORARY. */
    record Database(String name) implements GrantTarget {
        public String database() {
            return name;
        }

        public String sql() {
            return "DATABASE " + Identifiers.quote(name);
        }

        public boolean accepts(Privilege privilege) {
            return privilege.appliesToDatabases();
        }
    }
}
