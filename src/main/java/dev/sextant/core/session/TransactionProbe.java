package dev.sextant.core.session;

import dev.sextant.core.connect.Engine;
import org.postgresql.core.BaseConnection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Asks the database itself whether a transaction is open on a connection, and ends it. */
final class TransactionProbe {

    private TransactionProbe() {
    }

    /** PostgreSQL: the protocol state the server reports with every ReadyForQuery. */
    static TransactionState postgres(Connection connection) throws SQLException {
        return switch (connection.unwrap(BaseConnection.class).getTransactionState()) {
            case IDLE -> TransactionState.IDLE;
            case OPEN -> TransactionState.IN_TRANSACTION;
            case FAILED -> TransactionState.FAILED;
        };
    }

    /**
     * SQLite: whether the connection is inside BEGIN … COMMIT. sqlite-jdbc does not expose
     * sqlite3_get_autocommit(), but {@code PRAGMA foreign_keys} is documented as a no-op inside a
     * transaction: switching it off and reading it back tells which, and it is switched on again
     * at once (Sextant keeps it on for every connection).
     */
    static boolean sqliteInTransaction(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            boolean stillOn;
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
                stillOn = rs.next() && rs.getInt(1) == 1;
            }
            s.execute("PRAGMA foreign_keys = ON");
            return stillOn;
        }
    }

    static boolean supportsSavepointRecovery(Engine engine) {
        // SQLite already undoes just the failed statement and keeps the transaction usable.
        return engine == Engine.POSTGRESQL;
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
