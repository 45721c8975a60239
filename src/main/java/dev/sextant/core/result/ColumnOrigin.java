package dev.sextant.core.result;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * The table column a result column was read from, as the driver reports it (SQLite's
 * {@code sqlite3_column_table_name}; an engine whose driver says it elsewhere gives its own
 * {@link ColumnOrigins}). What tells the grid whether a result can be edited.
 *
 * @param schema the table's schema, or null where the engine has none to report
 * @param table  the table's name
 * @param column the column's name in that table (the SELECT may have renamed it)
 */
public record ColumnOrigin(String schema, String table, String column) {

    /** The origin of column {@code index} (1-based) as plain JDBC reports it, or null when computed or unknown. */
    static ColumnOrigin of(ResultSetMetaData meta, int index) throws SQLException {
        return of(meta.getSchemaName(index), meta.getTableName(index), meta.getColumnName(index));
    }

    /** An origin from the names a driver reported, or null when it named no table or column. */
    public static ColumnOrigin of(String schema, String table, String column) {
        if (table == null || table.isEmpty() || column == null || column.isEmpty()) {
            return null;
        }
        return new ColumnOrigin(schema == null || schema.isEmpty() ? null : schema, table, column);
    }
}
