package dev.sextant.core.session;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Work on a session's connection that must count as one step of the user's transaction model,
 * all or nothing: in autocommit, one transaction of its own, committed at the end; in manual
 * mode, inside the open transaction behind a savepoint, so that a failure leaves the transaction
 * exactly as it was and a success waits for Commit like any statement.
 *
 * <p>A step that is not kept (an EXPLAIN ANALYZE, which runs the statement only to measure it)
 * is undone the same way even when it worked: its own transaction rolled back, or the open one
 * rolled back to the savepoint.
 */
final class OneStep {

    private static final String NAME = "sextant_step";

    private OneStep() {
    }

    /**
     * @param inTransaction a transaction is open already (one the user began with BEGIN in
     *                      autocommit mode included): then the step joins it behind a savepoint,
     *                      and never commits it
     * @param keep          whether what the work did stays (else it is undone however it ended)
     */
    static <T> T run(Connection connection, boolean inTransaction, SessionWork<T> work, boolean keep) throws Exception {
        if (connection.getAutoCommit() && !inTransaction) {
            connection.setAutoCommit(false);
            try {
                T done = work.run(connection);
                if (keep) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                return done;
            } catch (Exception | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        // As statements, not JDBC's Savepoint: pgjdbc refuses those in autocommit mode, where a
        // transaction the user began with BEGIN is still a transaction.
        run(connection, "SAVEPOINT " + NAME);
        try {
            T done = work.run(connection);
            if (!keep) {
                run(connection, "ROLLBACK TO SAVEPOINT " + NAME);
            }
            run(connection, "RELEASE SAVEPOINT " + NAME);
            return done;
        } catch (Exception | Error e) {
            run(connection, "ROLLBACK TO SAVEPOINT " + NAME);
            run(connection, "RELEASE SAVEPOINT " + NAME);
            throw e;
        }
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
