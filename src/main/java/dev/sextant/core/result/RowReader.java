package dev.sextant.core.result;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Reads rows of a result set into {@link CompactRows}, each column the way that shows it
 * honestly and cheaply. PostgreSQL sends text: its own spelling of a timestamp, numeric, interval
 * or array is kept as it is, not re-formatted by a Java type, and kept as the bytes it came in
 * ({@code getBytes} of a text-format column is the server's UTF-8, so no String is made only to be
 * encoded again: that and boxed integers made the pipeline 3× slower than raw pgjdbc). Whole
 * numbers and booleans stay typed. SQLite types each value, not each column, so there every
 * value is read as the driver types it. Which is which the engine says ({@link ValueFormats}).
 */
final class RowReader {

    private enum Way { TYPED, INT, BIGINT, BOOL, SERVER_BYTES, SERVER_TEXT, BYTES }

    private final Way[] ways;
    private boolean ended;

    RowReader(ResultSetMetaData meta, ValueFormats formats) throws SQLException {
        ways = new Way[meta.getColumnCount()];
        for (int i = 0; i < ways.length; i++) {
            ValueFormats.Format format = formats.of(meta, i + 1);
            ways[i] = format == ValueFormats.Format.DRIVER_TYPED ? Way.TYPED
                    : way(meta.getColumnType(i + 1), format == ValueFormats.Format.SERVER_UTF8);
        }
    }

    /** Whether a read found the end of the result. */
    boolean ended() {
        return ended;
    }

    /** For a result set whose columns arrive as {@code formats} says. */
    static RowReader of(ResultSet rs, ValueFormats formats) throws SQLException {
        return new RowReader(rs.getMetaData(), formats);
    }

    private static Way way(int jdbcType, boolean textFormat) {
        return switch (jdbcType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> Way.INT;
            case Types.BIGINT -> Way.BIGINT;
            case Types.BIT, Types.BOOLEAN -> Way.BOOL;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Way.BYTES;
            default -> textFormat ? Way.SERVER_BYTES : Way.SERVER_TEXT;
        };
    }

    /** Reads up to {@code max} rows; returns how many there were. */
    int read(ResultSet rs, CompactRows into, int max) throws SQLException {
        return read(rs, into, max, Integer.MAX_VALUE);
    }

    /**
     * Reads up to {@code max} rows, stopping early once {@code into} holds {@code textBytes} of
     * text; returns how many rows were read. {@link #ended} then says whether the result ended.
     */
    int read(ResultSet rs, CompactRows into, int max, int textBytes) throws SQLException {
        int read = 0;
        while (read < max && into.textLength() < textBytes) {
            if (!rs.next()) {
                ended = true;
                break;
            }
            into.startRow();
            for (int i = 0; i < ways.length; i++) {
                int column = i + 1;
                switch (ways[i]) {
                    case TYPED -> into.addValue(rs.getObject(column));
                    case INT -> into.addWhole(rs.getInt(column), rs.wasNull(), false);
                    case BIGINT -> into.addWhole(rs.getLong(column), rs.wasNull(), true);
                    case BOOL -> into.addBoolean(rs.getBoolean(column), rs.wasNull());
                    case SERVER_BYTES -> into.addUtf8(rs.getBytes(column));
                    case SERVER_TEXT -> into.addText(rs.getString(column));
                    case BYTES -> into.addValue(rs.getBytes(column));
                }
            }
            read++;
        }
        return read;
    }
}
