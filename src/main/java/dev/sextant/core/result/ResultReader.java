package dev.sextant.core.result;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** Reads a JDBC result set into a {@link QueryResult}, up to a row limit. */
public final class ResultReader {

    private ResultReader() {
    }

    /** Each value read as {@code formats} says, with the columns' origins as plain JDBC gives them. */
    public static QueryResult read(ResultSet rs, int limit, ValueFormats formats) throws SQLException {
        return read(rs, limit, ColumnOrigins.STANDARD, formats);
    }

    /** The same, each column's origin read as {@code origins} says. */
    public static QueryResult read(ResultSet rs, int limit, ColumnOrigins origins, ValueFormats formats)
            throws SQLException {
        try (rs) {
            List<ResultColumn> columns = columns(rs.getMetaData(), origins);
            CompactRows rows = new CompactRows(columns.size(), Math.min(limit, 1_000));
            int read = RowReader.of(rs, formats).read(rs, rows, limit);
            boolean more = read == limit && rs.next();
            return new QueryResult(columns, rows.trim(), more);
        }
    }

    /** The columns as the driver describes them. */
    public static List<ResultColumn> columns(ResultSetMetaData meta, ColumnOrigins origins) throws SQLException {
        List<ResultColumn> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(new ResultColumn(meta.getColumnLabel(i), meta.getColumnTypeName(i),
                    isNumeric(meta.getColumnType(i)), origins.of(meta, i)));
        }
        return columns;
    }

    private static boolean isNumeric(int jdbcType) {
        return switch (jdbcType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.REAL, Types.FLOAT,
                 Types.DOUBLE, Types.NUMERIC, Types.DECIMAL -> true;
            default -> false;
        };
    }
}
