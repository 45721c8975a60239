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

    public static QueryResult read(ResultSet rs, int limit) throws SQLException {
        try (rs) {
            List<ResultColumn> columns = columns(rs.getMetaData());
            List<Object[]> rows = new ArrayList<>();
            boolean more = false;
            while (rs.next()) {
                if (rows.size() == limit) {
                    more = true;
                    break;
                }
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(i + 1);
                }
                rows.add(row);
            }
            return new QueryResult(columns, rows, more);
        }
    }

    /** The columns as the driver describes them. */
    public static List<ResultColumn> columns(ResultSetMetaData meta) throws SQLException {
        List<ResultColumn> columns = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            columns.add(new ResultColumn(meta.getColumnLabel(i), meta.getColumnTypeName(i),
                    isNumeric(meta.getColumnType(i))));
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
