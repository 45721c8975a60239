package dev.sextant.core.session;

/**
 * How statements run, as chosen in the Run menu: one set of options the menu, every tab and every
 * session read, so a choice never has to be copied into each of them (and cannot drift).
 * Read on the tabs' threads, set on the FX thread.
 */
public final class RunOptions {

    private volatile boolean rollbackFailedStatementOnly;
    private volatile boolean continueAfterError;

    /**
     * Like psql's ON_ERROR_ROLLBACK: inside a transaction each statement runs behind a savepoint,
     * so a failed statement is undone alone and the transaction goes on.
     */
    public boolean rollbackFailedStatementOnly() {
        return rollbackFailedStatementOnly;
    }

    public void setRollbackFailedStatementOnly(boolean value) {
        rollbackFailedStatementOnly = value;
    }

    /** Whether a script goes on after a failed statement (each error still shown in order) or stops there. */
    public boolean continueAfterError() {
        return continueAfterError;
    }

    public void setContinueAfterError(boolean value) {
        continueAfterError = value;
    }
}
