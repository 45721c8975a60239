package dev.sextant.core.session;

import java.util.List;

/**
 * A snapshot of a session's state, taken on the session's own thread after each operation.
 *
 * @param autocommit      the tab's mode: autocommit on or off
 * @param transaction     the transaction state, as the database reports it
 * @param statements      statements run in the open transaction
 * @param rowsChanged     rows inserted, updated or deleted in the open transaction
 * @param startedAtMillis when the open transaction began (epoch millis), 0 when idle
 * @param readingResults  the open transaction is Sextant's own, in autocommit mode, held only
 *                        while a result is streamed; it ends when the result is read or closed
 * @param tables          per table, the rows the open transaction inserted, updated and deleted,
 *                        in the order the tables were first written; rows of statements whose
 *                        table is not known count in {@code rowsChanged} only
 */
public record SessionStatus(boolean autocommit, TransactionState transaction, int statements,
                            long rowsChanged, long startedAtMillis, boolean readingResults,
                            List<TableChanges> tables) {

    public SessionStatus {
        tables = List.copyOf(tables);
    }

    /** A state with no per-table counts. */
    public SessionStatus(boolean autocommit, TransactionState transaction, int statements,
                         long rowsChanged, long startedAtMillis, boolean readingResults) {
        this(autocommit, transaction, statements, rowsChanged, startedAtMillis, readingResults, List.of());
    }

    /** Rows changed by statements whose table is not known (an import, a function, a WITH). */
    public long rowsInNoKnownTable() {
        return rowsChanged - tables.stream().mapToLong(TableChanges::total).sum();
    }

    /** Whether there is work of the user's that Commit or Rollback would end. */
    public boolean hasOpenTransaction() {
        return transaction != TransactionState.IDLE && !readingResults;
    }
}
