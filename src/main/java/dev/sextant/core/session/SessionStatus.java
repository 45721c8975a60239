package dev.sextant.core.session;

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
 */
public record SessionStatus(boolean autocommit, TransactionState transaction, int statements,
                            long rowsChanged, long startedAtMillis, boolean readingResults) {

    /** Whether there is work of the user's that Commit or Rollback would end. */
    public boolean hasOpenTransaction() {
        return transaction != TransactionState.IDLE && !readingResults;
    }
}
