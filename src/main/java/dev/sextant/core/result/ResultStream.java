package dev.sextant.core.result;

import java.sql.SQLException;
import java.util.List;

/**
 * A result still being read, whatever the engine: the rows arrive page by page as the user
 * scrolls or asks for all, so memory holds what was fetched, never the whole result. JDBC's
 * {@link JdbcResultStream} and Cassandra's driver pages both are one. Used only on its session's
 * thread; {@link #cancel()} may be called from any thread.
 */
public interface ResultStream extends AutoCloseable {

    List<ResultColumn> columns();

    /** Reads up to {@code max} more rows; the stream closes itself at the end of the result. */
    CompactRows fetch(int max) throws SQLException;

    /** Whether more rows may follow. */
    boolean isOpen();

    long fetched();

    /** Stops the server sending (or, where it cannot, stops waiting for it); safe from any thread. */
    void cancel();

    /** Stops reading; what was fetched stays with the caller. */
    @Override
    void close();
}
