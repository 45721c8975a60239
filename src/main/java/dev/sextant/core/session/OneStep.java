package dev.sextant.core.session;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * Work on a session's connection that must count as one step of the user's transaction model,
 * all or nothing: in autocommit, one transaction of its own, committed at the end; in manual
 * mode, inside the open transaction behind a savepoint, so that a failure leaves the transaction
 * exactly as it was and a success waits for Commit like any statement.
 */
final class OneStep {

    private OneStep() {
    }

    static <T> T run(Connection connection, SessionWork<T> work) throws Exception {
        boolean autocommit = connection.getAutoCommit();
        if (autocommit) {
            connection.setAutoCommit(false);
            try {
                T done = work.run(connection);
                connection.commit();
                return done;
            } catch (Exception | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        Savepoint before = connection.setSavepoint();
        try {
            T done = work.run(connection);
            connection.releaseSavepoint(before);
            return done;
        } catch (Exception | Error e) {
            rollBackTo(connection, before);
            throw e;
        }
    }

    private static void rollBackTo(Connection connection, Savepoint before) throws SQLException {
        connection.rollback(before);
        connection.releaseSavepoint(before);
    }
}
