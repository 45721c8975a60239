package dev.sextant.core.session;


import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Ends a transaction the way it was begun. Whether one is open is asked of the database itself,
 * by each engine's {@code JdbcAccess.transactionState} (pgjdbc's protocol state; SQLite's
 * {@code PRAGMA foreign_keys} trick).
 */
final class TransactionProbe {

    private TransactionProbe() {
    }

    /**
     * Sends the commit or rollback: through the driver when it holds the transaction (autocommit
     * off), as a statement when the user began it with BEGIN in autocommit mode.
     */
    static void send(Connection connection, TransactionEnd how, boolean open) throws SQLException {
        boolean commit = how == TransactionEnd.COMMIT;
        if (!connection.getAutoCommit()) {
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        } else if (open) {
            try (Statement s = connection.createStatement()) {
                s.execute(commit ? "COMMIT" : "ROLLBACK");
            }
        }
    }
}
