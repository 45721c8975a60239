package dev.sextant.core.result;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * How an engine's driver hands over a result column's values, so {@link RowReader} reads each the
 * cheapest honest way. Only the engine's own package can tell (PostgreSQL's text or binary format
 * is in pgjdbc's metadata), so the engine gives this through its session rules.
 */
@FunctionalInterface
public interface ValueFormats {

    /** Each value as the driver types it: SQLite types each value, not each column. */
    ValueFormats DRIVER_TYPES = (meta, index) -> Format.DRIVER_TYPED;

    /** What column {@code index} (1-based) arrives as. */
    Format of(ResultSetMetaData meta, int index) throws SQLException;

    /** How a column's values arrive from the driver. */
    enum Format {
        /** Typed by the driver, value by value ({@code getObject}). */
        DRIVER_TYPED,
        /** The server's text, read as a String. */
        SERVER_TEXT,
        /**
         * The server's text as the UTF-8 bytes it came in ({@code getBytes}): no String made only to be
         * encoded again, which kept the pipeline at a third of raw pgjdbc's speed.
         */
        SERVER_UTF8
    }
}
