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

    /** Reads the keys of one table; none when it has no key (or does not exist). */
    @FunctionalInterface
    public interface Reader {
        List<List<String>> keys(String schema, String table) throws SQLException;
    }

    /** A reader that asks {@code connection}'s catalog. */
    public static Reader of(Connection connection) {
        return (schema, table) -> read(connection.getMetaData(), schema, table);
    }

    static List<List<String>> read(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<List<String>> keys = new ArrayList<>();
        List<String> primary = primaryKey(meta, schema, table);
        if (!primary.isEmpty()) {
            keys.add(primary);
        }
        Set<String> notNull = notNullColumns(meta, schema, table);
        for (List<String> unique : uniqueIndexes(meta, schema, table)) {
            if (notNull.containsAll(unique) && !keys.contains(unique)) {
                keys.add(unique);
            }
        }
        return keys;
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

    private static Set<String> notNullColumns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        Set<String> columns = new HashSet<>();
        try (ResultSet rs = meta.getColumns(null, pattern(meta, schema), pattern(meta, table), "%")) {
            while (rs.next()) {
                if (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
        }
        return columns;
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
