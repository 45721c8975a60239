package dev.sextant.core.session;

import dev.sextant.core.connect.Engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A tab session's transaction as the user drives it: Commit, Rollback and the autocommit switch,
 * each reported only once the database confirmed it, and SQLite's manual mode kept open after a
 * typed COMMIT. The other half of {@link SqlSession}, which runs the statements.
 */
final class SessionTransaction {

    private final Connection connection;
    private final Engine engine;
    private final StatementRunner statements;
    private final TransactionCounters counters;

    SessionTransaction(Connection connection, Engine engine, StatementRunner statements, TransactionCounters counters) {
        this.connection = connection;
        this.engine = engine;
        this.statements = statements;
        this.counters = counters;
    }

    /** The session's state, read back from the driver and the database. */
    SessionStatus status() throws SQLException {
        return counters.status(statements.autocommitMode(), statements.readingTransaction());
    }

    /** Sets autocommit, refusing to let the driver silently end an open transaction. */
    SessionStatus setAutoCommit(boolean on) throws SQLException {
        statements.closeStreams();
        if (status().hasOpenTransaction()) {
            throw new IllegalStateException(
                    "Commit or roll back the open transaction before switching autocommit.");
        }
        connection.setAutoCommit(on);
        counters.reset();
        return status();
    }

    /** See {@link SqlSession#end}. */
    TransactionEnded end(TransactionEnd how) throws SQLException {
        statements.closeStreams();
        SessionStatus before = status();
        if (how == TransactionEnd.COMMIT && before.transaction() == TransactionState.FAILED) {
            throw NotCommittedException.failedBefore(); // the user may still roll back to a savepoint
        }
        try {
            TransactionProbe.send(connection, how, before.hasOpenTransaction());
        } catch (SQLException e) {
            if (ConnectionLostException.isLoss(e, connection)) {
                throw new ConnectionLostException(e, before.hasOpenTransaction(), before.statements());
            }
            throw how == TransactionEnd.COMMIT ? NotCommittedException.commitFailed(e, status().hasOpenTransaction()) : e;
        }
        counters.reset();
        statements.followTypedTransaction();
        keepSqliteManualModeOpen();
        SessionStatus after = status();
        if (how == TransactionEnd.COMMIT && after.hasOpenTransaction()) {
            throw NotCommittedException.commitFailed(null, true);
        }
        return new TransactionEnded(how, before.hasOpenTransaction(), after);
    }

    // With autocommit off, sqlite-jdbc assumes a BEGIN is always open. A typed COMMIT or ROLLBACK ends it behind
    // the driver's back; begin again so later statements still wait for Commit instead of being committed one by one.
    void keepSqliteManualModeOpen() throws SQLException {
        if (SessionRules.of(engine).needsBeginAgain(connection)) {
            try (Statement begin = connection.createStatement()) {
                begin.execute("BEGIN");
            }
            counters.reset();
        }
    }
}
