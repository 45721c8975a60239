package dev.sextant.core.cassandra;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import dev.sextant.core.result.CompactRows;
import dev.sextant.core.result.ResultColumn;
import dev.sextant.core.result.ResultStream;

import java.util.Iterator;
import java.util.List;

/**
 * A CQL result still being read, Cassandra's {@link ResultStream}: the driver's pages
 * of {@value CassandraConnect#PAGE_SIZE} rows, the next one asked for only when the grid needs
 * more (scrolling, Fetch all). A page may be empty, the last one included: reading goes on to
 * the next page or ends, never stops on it. Used only on its session's thread; its session's
 * {@code cancel()} abandons a page being fetched.
 */
public final class CqlPages implements ResultStream {

    private final CassandraSession session;
    private final CqlColumns columns;
    private AsyncResultSet page;
    private Iterator<Row> rows;
    private boolean closed;
    private long fetched;

    CqlPages(CassandraSession session, CqlColumns columns, AsyncResultSet first) {
        this.session = session;
        this.columns = columns;
        this.page = first;
        this.rows = first.currentPage().iterator();
    }

    @Override
    public List<ResultColumn> columns() {
        return columns.columns();
    }

    /** Reads up to {@code max} more rows, fetching pages as needed; closes itself at the end of the result. */
    @Override
    public CompactRows fetch(int max) {
        CompactRows out = new CompactRows(columns.width(), Math.min(max, 10_000));
        int read = 0;
        while (!closed && read < max) {
            if (rows.hasNext()) {
                columns.add(rows.next(), out);
                read++;
            } else if (page.hasMorePages()) {
                page = session.await(page.fetchNextPage());
                rows = page.currentPage().iterator();
            } else {
                close();
            }
        }
        if (!closed && !rows.hasNext() && !page.hasMorePages()) {
            close();
        }
        fetched += read;
        return out.trim();
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

    /** Stops waiting for the page being fetched; the server may still send it. */
    @Override
    public void cancel() {
        session.cancel();
    }

    /** Stops reading; the driver keeps nothing open for a result between pages. */
    @Override
    public void close() {
        closed = true;
    }
}
