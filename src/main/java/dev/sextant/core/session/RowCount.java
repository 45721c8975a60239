package dev.sextant.core.session;

import dev.sextant.core.connect.Engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Counts a table's rows on a session's own connection, as that session sees them (uncommitted
 * changes included), leaving its transaction exactly as it was: inside a PostgreSQL transaction
 * behind a savepoint, so a failing count cannot fail the user's transaction.
 */
final class RowCount {

    private static final String SAVEPOINT = "sextant_count";

    private RowCount() {
    }

    /** {@code table} is the reference as the user wrote it in the statement they are about to run. */
    static long of(Connection connection, Engine engine, SessionStatus before, String table) throws SQLException {
        boolean guarded = engine.capabilities().needsStatementSavepoint()
                && before.transaction() == TransactionState.IN_TRANSACTION;
        if (guarded) {
            run(connection, "SAVEPOINT " + SAVEPOINT);
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            if (guarded) {
                run(connection, "ROLLBACK TO SAVEPOINT " + SAVEPOINT);
            }
            throw e;
        } finally {
            if (guarded) {
                run(connection, "RELEASE SAVEPOINT " + SAVEPOINT);
            } else if (!before.hasOpenTransaction() && !connection.getAutoCommit()) {
                connection.rollback(); // the count alone opened a transaction: close it again
            }
        }
    }

    private static void run(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
