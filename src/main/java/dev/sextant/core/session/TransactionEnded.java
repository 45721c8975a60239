package dev.sextant.core.session;

/**
 * A transaction ended the way the user asked, confirmed by the database: the commit or rollback
 * returned without error and the session's state read back afterwards holds nothing open.
 * Anything short of that is a {@link NotCommittedException} instead.
 *
 * @param how     commit or rollback, as asked
 * @param wasOpen whether there was a transaction to end at all
 * @param status  the state read back afterwards
 */
public record TransactionEnded(TransactionEnd how, boolean wasOpen, SessionStatus status) {

    /** What the user is told: only what the database confirmed. */
    public String sentence() {
        if (!wasOpen) {
            return "No transaction was open: there was nothing to " + (how == TransactionEnd.COMMIT ? "commit." : "roll back.");
        }
        return how == TransactionEnd.COMMIT ? "Committed." : "Rolled back.";
    }
}
