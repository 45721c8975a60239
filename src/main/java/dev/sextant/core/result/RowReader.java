package dev.sextant.core.result;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Reads rows of a result set into {@link CompactRows}, each column the way that shows it
 * honestly and cheaply. PostgreSQL sends text: its own spelling of a timestamp, numeric, interval
 * or array is kept as it is ({@code getString}), not re-formatted by a Java type. Whole numbers
 * and booleans stay typed. SQLite types each value, not each column, so there every value is read
 * as the driver types it.
 */
final class RowReader {

    private enum Way { TYPED, SERVER_TEXT, BYTES }

    private final Way[] ways;

    RowReader(ResultSetMetaData meta, boolean serverText) throws SQLException {
        ways = new Way[meta.getColumnCount()];
        for (int i = 0; i < ways.length; i++) {
            ways[i] = serverText ? way(meta.getColumnType(i + 1)) : Way.TYPED;
        }
    }

    /** For a result set of PostgreSQL (server text) or another database (driver types). */
    static RowReader of(ResultSet rs) throws SQLException {
        String product = rs.getStatement() == null ? ""
                : rs.getStatement().getConnection().getMetaData().getDatabaseProductName();
        return new RowReader(rs.getMetaData(), "PostgreSQL".equals(product));
    }

    private static Way way(int jdbcType) {
        return switch (jdbcType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.BIT, Types.BOOLEAN -> Way.TYPED;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Way.BYTES;
            default -> Way.SERVER_TEXT;
        };
    }

    /** Reads up to {@code max} rows; returns how many there were. */
    int read(ResultSet rs, CompactRows into, int max) throws SQLException {
        int read = 0;
        while (read < max && rs.next()) {
            into.startRow();
            for (int i = 0; i < ways.length; i++) {
                switch (ways[i]) {
                    case TYPED -> into.addValue(rs.getObject(i + 1));
                    case SERVER_TEXT -> into.addText(rs.getString(i + 1));
                    case BYTES -> into.addValue(rs.getBytes(i + 1));
                }
            }
            read++;
        }
        return read;
    }
}
