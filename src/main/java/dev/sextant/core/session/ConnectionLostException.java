package dev.sextant.core.session;

import dev.sextant.core.text.Wording;

import java.sql.SQLException;

/**
 * The server ended the session (terminated backend, restart, idle-in-transaction timeout, network
 * gone). Carries what was lost, so the user can be told plainly; nothing is ever re-run.
 */
public final class ConnectionLostException extends SQLException {

    private final boolean transactionLost;
    private final int statementsLost;

    ConnectionLostException(SQLException cause, boolean transactionLost, int statementsLost) {
        super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
        this.transactionLost = transactionLost;
        this.statementsLost = statementsLost;
    }

    /** Whether {@code e} means the session is gone: a connection-class or shutdown SQLSTATE, or a closed connection. */
    static boolean isLoss(SQLException e, java.sql.Connection connection) throws SQLException {
        String state = e.getSQLState();
        return (state != null && (state.startsWith("08") || state.startsWith("57P0"))) || connection.isClosed();
    }

    public boolean transactionLost() {
        return transactionLost;
    }

    public int statementsLost() {
        return statementsLost;
    }

    /** One sentence for the user. */
    public String describe() {
        if (!transactionLost) {
            return "The server ended the session; nothing uncommitted was lost.";
        }
        return "The server ended the session: the open transaction was lost and its "
                + Wording.count(statementsLost, "statement") + " " + Wording.verb(statementsLost, "was", "were") + " not committed.";
    }
}
