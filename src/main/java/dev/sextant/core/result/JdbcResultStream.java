package dev.sextant.core.result;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.List;

/**
 * A JDBC result still being read: the rows arrive page by page as the user scrolls or asks for all,
 * so memory holds what was fetched, never the whole result in the driver. Used only on its
 * session's thread; {@link #cancel()} may be called from any thread.
 */
public final class JdbcResultStream implements ResultStream {

    /**
     * The most bytes a page's value or text array is meant to take. G1 puts an array of half a
     * region or more (512 KB in heaps under 2 GB) in regions of its own, and each such
     * allocation can start a concurrent marking cycle: 10,000-row pages of a 4-column table
     * (700 KB of text) started 7 of them in one Fetch all of 1,000,000 rows.
     */
    static final int PAGE_ARRAY_BYTES = 320 << 10;

    private final Statement statement;
    private final ResultSet resultSet;
    private final List<ResultColumn> columns;
    private final Runnable whenClosed;
    private final RowReader reader;
    private boolean closed;
    private long fetched;
    private double textPerRow;
    private SQLWarning warnings;

    /**
     * @param whenClosed runs once when the stream ends, read to the end or closed early (the
     *                   session then ends the transaction it opened just for reading)
     */
    public JdbcResultStream(Statement statement, ResultSet resultSet, Runnable whenClosed, ValueFormats formats)
            throws SQLException {
        this(statement, resultSet, whenClosed, ColumnOrigins.STANDARD, formats);
    }

    /** The same, each column's origin read as {@code origins} says, its values as {@code formats} says. */
    public JdbcResultStream(Statement statement, ResultSet resultSet, Runnable whenClosed, ColumnOrigins origins,
                            ValueFormats formats) throws SQLException {
        this.statement = statement;
        this.resultSet = resultSet;
        this.columns = ResultReader.columns(resultSet.getMetaData(), origins);
        this.whenClosed = whenClosed;
        this.reader = RowReader.of(resultSet, formats);
    }

    @Override
    public List<ResultColumn> columns() {
        return columns;
    }

    /**
     * Reads up to {@code max} more rows, fewer when that many would make a page's arrays large
     * (see {@link #PAGE_ARRAY_BYTES}: the values as the width says, the text as the last page
     * predicts and, read row by row, as it comes); the stream closes itself at the end of the result.
     */
    @Override
    public CompactRows fetch(int max) throws SQLException {
        int rowsWanted = Math.min(max, rowsThatFit());
        // Sized from the last page's text, so filling a page rarely grows (copies) its text.
        int expectedText = (int) Math.min(1 << 28, (long) (textPerRow * 1.05 + 1) * rowsWanted);
        CompactRows rows = new CompactRows(columns.size(), rowsWanted, expectedText);
        if (closed) {
            return rows;
        }
        int read;
        try {
            read = reader.read(resultSet, rows, rowsWanted, PAGE_ARRAY_BYTES);
        } catch (SQLException e) {
            close();
            throw e;
        }
        fetched += read;
        if (read > 0) {
            textPerRow = (double) rows.textLength() / read;
        }
        if (reader.ended()) {
            close();
        }
        return rows.trim();
    }

    /**
     * The most rows whose values and text each stay within {@link #PAGE_ARRAY_BYTES}, as the
     * last page's text per row predicts: at least 100, at most 10,000.
     */
    private int rowsThatFit() {
        double perRow = Math.max(8.0 * columns.size(), textPerRow * 1.05 + 1);
        return (int) Math.max(100, Math.min(10_000, PAGE_ARRAY_BYTES / perRow));
    }

    /** Whether more rows may follow. */
    @Override
    public boolean isOpen() {
        return !closed;
    }

    @Override
    public long fetched() {
        return fetched;
    }

    /** Asks the server to stop sending; safe from any thread. */
    @Override
    public void cancel() {
        try {
            statement.cancel();
        } catch (SQLException ignored) {
            // Already finished: nothing to stop.
        }
    }

    /** Notices the server sent while the rows were produced (kept when the stream closes). */
    public SQLWarning warnings() {
        if (!closed) {
            try {
                return statement.getWarnings();
            } catch (SQLException e) {
                return null;
            }
        }
        return warnings;
    }

    /** Stops reading; what was fetched stays with the caller. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            warnings = statement.getWarnings();
            resultSet.close();
            statement.close();
        } catch (SQLException ignored) {
            // The connection may be gone; nothing more to release.
        } finally {
            whenClosed.run();
        }
    }
}
