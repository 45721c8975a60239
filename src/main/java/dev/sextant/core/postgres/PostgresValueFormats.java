package dev.sextant.core.postgres;

import dev.sextant.core.result.ValueFormats;
import org.postgresql.PGResultSetMetaData;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * PostgreSQL sends each value in its own text spelling unless pgjdbc asked for binary (a prepared
 * statement run often enough, or binaryTransfer): a text-format column's bytes are the server's
 * UTF-8 and are kept as they came ({@code getBytes}), a binary one is decoded by pgjdbc
 * ({@code getString}). Measured on a 1,000,000-row mixed table: the bytes path is what brings the
 * pipeline to raw pgjdbc's speed (docs/benchmarks.md, goal 1).
 */
final class PostgresValueFormats implements ValueFormats {

    static final PostgresValueFormats INSTANCE = new PostgresValueFormats();

    /** pgjdbc's code for a field sent in text format. */
    private static final int TEXT_FORMAT = 0;

    private PostgresValueFormats() {
    }

    @Override
    public Format of(ResultSetMetaData meta, int index) throws SQLException {
        boolean text = meta.isWrapperFor(PGResultSetMetaData.class)
                && meta.unwrap(PGResultSetMetaData.class).getFormat(index) == TEXT_FORMAT;
        return text ? Format.SERVER_UTF8 : Format.SERVER_TEXT;
    }
}
