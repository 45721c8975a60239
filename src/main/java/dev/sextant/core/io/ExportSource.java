package dev.sextant.core.io;

import dev.sextant.core.connect.Endpoint;
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
}
