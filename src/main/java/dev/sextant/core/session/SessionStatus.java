package dev.sextant.core.session;

/**
 * A snapshot of a session's state, taken on the session's own thread after each operation.
 *
 * @param autocommit  autocommit as the driver reports it
 * @param transaction the transaction state
 * @param statements  statements run in the open transaction
 * @param rowsChanged rows inserted, updated or deleted in the open transaction
 * @param startedAtMillis when the open transaction began (epoch millis), 0 when idle
 */
public record SessionStatus(boolean autocommit, TransactionState transaction, int statements,
                            long rowsChanged, long startedAtMillis) {

    public boolean hasOpenTransaction() {
        return transaction != TransactionState.IDLE;
    }
}
