package dev.sextant.core.edit;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The keys that find exactly one row of a table: its primary key first, then each unique index
 * whose columns are all NOT NULL (a unique index allows many NULLs, so a nullable one finds
 * nothing for sure). Read through JDBC's catalog calls, which both drivers answer, on a
 * connection the caller gives: a pooled one, never the user's transaction.
 */
public final class TableKeys {

    private TableKeys() {
    }

    /**
     * What the catalog says of one table: its keys, none when it has none (or does not exist),
     * and the names of its columns.
     */
    public record Shape(List<List<String>> keys, Set<String> columns) {
    }

    /** Reads the shape of one table. */
    @FunctionalInterface
    public interface Reader {
        Shape read(String schema, String table) throws SQLException;
    }

    /** A reader that asks {@code connection}'s catalog. */
    public static Reader of(Connection connection) {
        return (schema, table) -> read(connection.getMetaData(), schema, table);
    }

    static Shape read(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<List<String>> keys = new ArrayList<>();
        List<String> primary = primaryKey(meta, schema, table);
        if (!primary.isEmpty()) {
            keys.add(primary);
        }
        Set<String> columns = new HashSet<>();
        Set<String> notNull = columns(meta, schema, table, columns);
        for (List<String> unique : uniqueIndexes(meta, schema, table)) {
            if (notNull.containsAll(unique) && !keys.contains(unique)) {
                keys.add(unique);
            }
        }
        return new Shape(keys, columns);
    }

    private static List<String> primaryKey(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Map<Short, String> columns = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(null, schema, table)) {
            while (rs.next()) {
                columns.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return new ArrayList<>(columns.values());
    }

    private static List<List<String>> uniqueIndexes(DatabaseMetaData meta, String schema, String table)
            throws SQLException {
        Map<String, Map<Short, String>> indexes = new LinkedHashMap<>();
        Set<String> partial = new HashSet<>();
        try (ResultSet rs = meta.getIndexInfo(null, schema, table, true, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                if (index == null || rs.getString("COLUMN_NAME") == null) {
                    continue; // table statistics, not an index
                }
                if (rs.getString("FILTER_CONDITION") != null) {
                    partial.add(index); // unique only where its WHERE holds
                }
                indexes.computeIfAbsent(index, i -> new TreeMap<>())
                        .put(rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
            }
        }
        List<List<String>> keys = new ArrayList<>();
        indexes.forEach((name, columns) -> {
            if (!partial.contains(name)) {
                keys.add(new ArrayList<>(columns.values()));
            }
        });
        return keys;
    }

    /** Adds the table's column names to {@code all}; returns those that are NOT NULL. */
    private static Set<String> columns(DatabaseMetaData meta, String schema, String table, Set<String> all)
            throws SQLException {
        Set<String> notNull = new HashSet<>();
        try (ResultSet rs = meta.getColumns(null, pattern(meta, schema), pattern(meta, table), "%")) {
            while (rs.next()) {
                all.add(rs.getString("COLUMN_NAME"));
                if (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls) {
                    notNull.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return notNull;
    }

    /** getColumns takes LIKE patterns: a name with _ or % must match only itself. */
    private static String pattern(DatabaseMetaData meta, String name) throws SQLException {
        if (name == null) {
            return null;
        }
        String escape = meta.getSearchStringEscape();
        return escape == null || escape.isEmpty() ? name
                : name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }
}
