package dev.sextant.core.result;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/** How an engine's driver says which table column a result column was read from. */
@FunctionalInterface
public interface ColumnOrigins {

    /** What plain JDBC metadata says ({@code getSchemaName}, {@code getTableName}, {@code getColumnName}). */
    ColumnOrigins STANDARD = ColumnOrigin::of;

    /** The origin of column {@code index} (1-based), or null when it is computed or unknown. */
    ColumnOrigin of(ResultSetMetaData meta, int index) throws SQLException;
}
