package dev.sextant.ui.dataio;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.io.ExportSource;
import dev.sextant.core.result.FetchedRows;
import dev.sextant.core.result.ResultColumn;
import dev.sextant.core.session.SourceQuery;

import java.util.List;
import java.util.function.Supplier;

/**
 * What a result offers an export: its columns and the rows fetched so far (read when the export
 * starts, so rows fetched meanwhile are included), and the statement to run again for all rows.
 *
 * @param columns    the result's columns
 * @param fetched    a snapshot of the fetched rows at the moment it is asked for (FX thread)
 * @param rerun      the statement and where to run it, or null when it cannot be run again
 * @param complete   whether the fetched rows are the whole result already
 * @param suggestedName a file name without extension to start from ("result", a table's name)
 * @param inTab      the result's tab, for an export inside its open transaction, or null
 * @param firstRowsMillis how long the statement took to its first rows when it ran, -1 when not known
 */
public record ExportRows(List<ResultColumn> columns, Supplier<FetchedRows> fetched, ExportSource.Query rerun,
                         boolean complete, String suggestedName, TabExport inTab, long firstRowsMillis) {

    public ExportRows(List<ResultColumn> columns, Supplier<FetchedRows> fetched, ExportSource.Query rerun,
                      boolean complete, String suggestedName) {
        this(columns, fetched, rerun, complete, suggestedName, null, -1);
    }

    /** The result's tab, where an export can run inside the tab's open transaction. */
    public interface TabExport {
        boolean hasOpenTransaction();

        /** Runs {@code job} on the tab's session (the tab waits meanwhile), lending it the session's connection. */
        <T> void run(java.util.function.Function<ExportSource.Lender, T> job,
                     java.util.function.Consumer<T> done, java.util.function.Consumer<Throwable> failed);
    }

    /** A table or view of the tree: nothing fetched, every row by a query of its own. */
    public static ExportRows ofQuery(Endpoint endpoint, String sql, String suggestedName) {
        return new ExportRows(List.of(), null, new ExportSource.Query(endpoint, new SourceQuery(sql, List.of())),
                false, suggestedName.replaceAll("[/\\\\:*?\"<>|]", "_"));
    }

    /** Whether only fetched rows are there to export (the tree's export has none). */
    boolean hasFetched() {
        return fetched != null;
    }
}
