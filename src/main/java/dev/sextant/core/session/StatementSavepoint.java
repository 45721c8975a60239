package dev.sextant.core.session;

import dev.sextant.core.connect.Engine;
import dev.sextant.core.sql.StatementRules;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * psql's ON_ERROR_ROLLBACK: inside a transaction, a savepoint before one statement, released
 * when it worked and rolled back to when it failed, so one typo does not throw away the rest.
 */
final class StatementSavepoint {

    private static final String NAME = "sextant_statement";

    private StatementSavepoint() {
    }

    /**
     * Whether {@code sql} runs behind one: only with the option on, inside an open transaction of
     * an engine that needs it, and never around the user's own BEGIN, COMMIT or SAVEPOINT.
     */
    static boolean wanted(boolean option, Engine engine, SessionStatus before, String sql) {
        return option && engine.capabilities().needsStatementSavepoint()
                && before.transaction() == TransactionState.IN_TRANSACTION && !StatementRules.controlsTransaction(sql);
    }

    static void set(Connection connection) throws SQLException {
        run(connection, "SAVEPOINT " + NAME);
    }

    static void release(Connection connection) throws SQLException {
        run(connection, "RELEASE SAVEPOINT " + NAME);
    }

    /** Undoes the failed statement alone; the transaction goes on. */
    static void undo(Connection connection) throws SQLException {
        run(connection, "ROLLBACK TO SAVEPOINT " + NAME);
        release(connection);
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
