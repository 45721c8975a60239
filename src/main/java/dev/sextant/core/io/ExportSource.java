package dev.sextant.core.io;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.result.FetchedRows;
import dev.sextant.core.result.ResultColumn;
import dev.sextant.core.session.SourceQuery;

import java.util.List;

/** Where the rows of an export come from. */
public sealed interface ExportSource {

    /** The rows fetched into the grid so far, as they are (no query runs). */
    record Fetched(List<ResultColumn> columns, FetchedRows rows) implements ExportSource {
        public Fetched {
            columns = List.copyOf(columns);
        }
    }

    /**
     * Every row of a statement, run again on a read-only connection of the export's own, so the
     * tab's transaction and its open cursor are untouched (and its uncommitted changes unseen).
     */
    record Query(Endpoint endpoint, SourceQuery query) implements ExportSource {
    }

    /**
     * Every row of a statement, run on a connection lent by the caller: the tab's own session,
     * inside its open transaction, so its uncommitted changes are exported too.
     */
    record OnConnection(Engine engine, SourceQuery query, Lender lender) implements ExportSource {
    }

    /** Lends a connection for the length of one piece of work. */
    @FunctionalInterface
    interface Lender {
        <T> T with(dev.sextant.core.session.SessionWork<T> work) throws Exception;
    }
}
