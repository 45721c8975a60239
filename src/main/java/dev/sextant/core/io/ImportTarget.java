package dev.sextant.core.io;

import dev.sextant.core.sql.Identifiers;

import java.util.List;

/**
 * Where the rows go: a new table, created by the import, or an existing one they are appended to.
 *
 * @param schema   the schema (PostgreSQL), or null for the connection's default
 * @param table    the table's name, as the user gave it
 * @param existing the table exists: append to it, with {@code existingColumns} its columns in order
 */
public record ImportTarget(String schema, String table, boolean existing, List<String> existingColumns) {

    public static ImportTarget newTable(String schema, String table) {
        return new ImportTarget(schema, table, false, List.of());
    }

    public String sql() {
        return Identifiers.qualified(schema, table);
    }
}
