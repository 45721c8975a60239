package dev.sextant.core.session;

import java.sql.SQLException;

/**
 * A commit the database did not carry out, and what it did instead, as read back from it
 * afterwards. PostgreSQL answers COMMIT in a failed transaction with ROLLBACK and no error, and
 * a deferred constraint or a serialization failure at COMMIT rolls everything back; SQLite keeps
 * the transaction open when its COMMIT fails. Whatever happened, nothing was committed.
 */
public final class NotCommittedException extends SQLException {

    /** What became of the transaction the user asked to commit. */
    public enum Fate {
        /** The server rolled it back: its changes are gone. */
        ROLLED_BACK("The server rolled back the transaction: nothing was committed."),
        /** The commit failed and the transaction is still open, changes and all. */
        STILL_OPEN("The commit failed: nothing was committed, and the transaction is still open."),
        /** It had failed already, so Sextant did not send COMMIT: the transaction waits for Rollback. */
        FAILED_BEFORE("The transaction failed earlier, so it cannot be committed: nothing was committed. "
                + "Roll back (or ROLLBACK TO SAVEPOINT) to continue.");

        private final String sentence;

        Fate(String sentence) {
            this.sentence = sentence;
        }
    }

    private final Fate fate;

    private NotCommittedException(Fate fate, SQLException cause) {
        super(fate.sentence, cause == null ? "25P02" : cause.getSQLState(), cause);
        this.fate = fate;
    }

    /** The commit itself failed; {@code stillOpen} is what the database reported afterwards. */
    static NotCommittedException commitFailed(SQLException cause, boolean stillOpen) {
        return new NotCommittedException(stillOpen ? Fate.STILL_OPEN : Fate.ROLLED_BACK, cause);
    }

    /** A COMMIT the server answered by rolling back, without an error of its own. */
    static NotCommittedException answeredWithRollback() {
        return new NotCommittedException(Fate.ROLLED_BACK, null);
    }

    static NotCommittedException failedBefore() {
        return new NotCommittedException(Fate.FAILED_BEFORE, null);
    }

    public Fate fate() {
        return fate;
    }

    /** The server's own error, when the commit failed with one (null when it simply rolled back). */
    public SQLException serverError() {
        return getCause() instanceof SQLException e ? e : null;
    }
}
