package dev.sextant.core.session;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.result.CompactRows;
import dev.sextant.core.result.ResultStream;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One editor tab's own connection, pinned for the tab's whole life so that {@code SET}, temp
 * tables and open transactions stay where the user put them and never leak into a pool.
 *
 * <p>Use from one thread at a time (the tab's background thread); only {@link #cancel()} may
 * be called from elsewhere. Every state it reports is read back from the driver or the server,
 * and it never ends a transaction the user did not ask to end.
 */
public final class SqlSession implements AutoCloseable {

    /** Rows read at once when a query returns; the rest follow on demand. */
    public static final int FIRST_PAGE = 1000;
    /** Rows pgjdbc brings per round trip while a result is streamed. */
    public static final int FETCH_SIZE = 1000;
    private static final String SAVEPOINT = "sextant_statement";

    private final Endpoint endpoint;
    private final Connection connection;
    private final StatementRunner statements;
    private boolean rollbackFailedStatementOnly;
    private boolean autocommitMode = true;
    private int statementsInTransaction;
    private long rowsChangedInTransaction;
    private long transactionStartedAt;

    private SqlSession(Endpoint endpoint, Connection connection) {
        this.endpoint = endpoint;
        this.connection = connection;
        this.statements = new StatementRunner(connection, endpoint.spec().engine());
    }

    /** Opens a dedicated connection and checks that it really works (a SQLite file is a database). */
    public static SqlSession open(Endpoint endpoint) throws SQLException {
        Connection connection = endpoint.connect();
        try (Statement probe = connection.createStatement()) {
            // SQLite reads the file header lazily: ask for the schema so a non-database fails now.
            probe.execute(endpoint.spec().engine() == Engine.SQLITE
                    ? "SELECT count(*) FROM sqlite_master" : "SELECT 1");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new SqlSession(endpoint, connection);
    }

    /** A new session on the same endpoint, in the same autocommit mode, after this one was lost. */
    public SqlSession reopen() throws SQLException {
        SqlSession fresh = open(endpoint);
        fresh.connection.setAutoCommit(autocommitMode);
        fresh.autocommitMode = autocommitMode;
        fresh.rollbackFailedStatementOnly = rollbackFailedStatementOnly;
        return fresh;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public Engine engine() {
        return endpoint.spec().engine();
    }

    /**
     * Like psql's ON_ERROR_ROLLBACK: inside a transaction each statement runs behind a savepoint,
     * so a failed statement is undone alone and the transaction goes on.
     */
    public void setRollbackFailedStatementOnly(boolean value) {
        rollbackFailedStatementOnly = value;
    }

    /** Runs one statement and returns what it produced, notices included, in order. */
    public List<Outcome> execute(String sql) throws SQLException {
        return execute(sql, List.of());
    }

    /** Runs one statement with {@code values} bound to its {@code ?}s, in order (none: run as written). */
    public List<Outcome> execute(String sql, List<BoundValue> values) throws SQLException {
        closeStreams();
        SessionStatus before = status();
        if (!before.hasOpenTransaction()) {
            resetTransactionCounters();
            transactionStartedAt = System.currentTimeMillis();
        }
        boolean guarded = rollbackFailedStatementOnly && TransactionProbe.supportsSavepointRecovery(engine())
                && before.transaction() == TransactionState.IN_TRANSACTION;
        try {
            if (guarded) {
                run("SAVEPOINT " + SAVEPOINT);
            }
            List<Outcome> outcomes = statements.execute(sql, values, autocommitMode);
            rowsChangedInTransaction += statements.takeRowsChanged();
            if (guarded) {
                run("RELEASE SAVEPOINT " + SAVEPOINT);
            }
            statementsInTransaction++;
            return outcomes;
        } catch (SQLException e) {
            throw recoverFrom(e, before, guarded);
        } finally {
            keepSqliteManualModeOpen();
        }
    }

    private SQLException recoverFrom(SQLException e, SessionStatus before, boolean guarded) throws SQLException {
        if (isLost(e)) {
            return new ConnectionLostException(e, before.hasOpenTransaction(), statementsInTransaction);
        }
        if (guarded) {
            run("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
            run("RELEASE SAVEPOINT " + SAVEPOINT);
        } else if (rollbackFailedStatementOnly && !before.hasOpenTransaction() && !connection.getAutoCommit()
                && status().transaction() == TransactionState.FAILED) {
            // The failed statement was the transaction's first: undoing it alone is a rollback.
            connection.rollback();
        }
        return e;
    }

    /** Reads up to {@code max} more rows of a result this session streams. */
    public CompactRows fetch(ResultStream stream, int max) throws SQLException {
        return statements.fetch(stream, max);
    }

    /** Closes the results still being read (the rows already fetched stay where they are). */
    public void closeStreams() throws SQLException {
        statements.closeStreams();
    }

    /**
     * Runs a statement that cannot run inside a transaction block on a separate, short-lived
     * autocommit connection, leaving this session and its open transaction untouched.
     */
    public List<Outcome> executeOnSeparateConnection(String sql) throws SQLException {
        try (SqlSession separate = open(endpoint)) {
            return separate.statements.execute(sql, List.of(), false);
        }
    }

    /**
     * How many rows a table has as this session sees it (uncommitted changes included), for
     * confirming an UPDATE or DELETE without WHERE. {@code table} is the reference as the user
     * wrote it in the statement they are about to run. Leaves the transaction state as it was.
     */
    public long countRows(String table) throws SQLException {
        closeStreams();
        SessionStatus before = status();
        boolean guarded = engine() == Engine.POSTGRESQL && before.transaction() == TransactionState.IN_TRANSACTION;
        if (guarded) {
            run("SAVEPOINT " + SAVEPOINT);
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            if (guarded) {
                run("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
            }
            throw e;
        } finally {
            if (guarded) {
                run("RELEASE SAVEPOINT " + SAVEPOINT);
            } else if (!before.hasOpenTransaction() && !connection.getAutoCommit()) {
                connection.rollback(); // the count alone opened a transaction: close it again
            }
        }
    }

    /** Sets autocommit, refusing to let the driver silently end an open transaction. */
    public SessionStatus setAutoCommit(boolean on) throws SQLException {
        closeStreams();
        if (status().hasOpenTransaction()) {
            throw new IllegalStateException(
                    "Commit or roll back the open transaction before switching autocommit.");
        }
        connection.setAutoCommit(on);
        autocommitMode = on;
        resetTransactionCounters();
        return status();
    }

    /** Ends the open transaction the way the user chose, then sets autocommit. */
    public SessionStatus setAutoCommit(boolean on, TransactionEnd end) throws SQLException {
        if (status().hasOpenTransaction()) {
            end(end);
        }
        return setAutoCommit(on);
    }

    public SessionStatus commit() throws SQLException {
        return end(TransactionEnd.COMMIT);
    }

    public SessionStatus rollback() throws SQLException {
        return end(TransactionEnd.ROLLBACK);
    }

    /** Commits or rolls back, whether the transaction is the driver's or one the user began with BEGIN. */
    public SessionStatus end(TransactionEnd end) throws SQLException {
        closeStreams();
        SessionStatus before = status();
        try {
            if (!connection.getAutoCommit()) {
                if (end == TransactionEnd.COMMIT) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
            } else if (before.hasOpenTransaction()) {
                run(end == TransactionEnd.COMMIT ? "COMMIT" : "ROLLBACK");
            }
        } catch (SQLException e) {
            throw isLost(e) ? new ConnectionLostException(e, before.hasOpenTransaction(), before.statements()) : e;
        }
        resetTransactionCounters();
        keepSqliteManualModeOpen();
        return status();
    }

    /** Asks the server to stop the running statement; safe to call from any thread. */
    public void cancel() {
        statements.cancel();
    }

    /** The session's state, read back from the driver and the database. */
    public SessionStatus status() throws SQLException {
        TransactionState state = engine() == Engine.POSTGRESQL
                ? TransactionProbe.postgres(connection) : sqliteState(connection.getAutoCommit());
        if (state == TransactionState.IDLE) {
            return new SessionStatus(autocommitMode, state, 0, 0, 0, false);
        }
        return new SessionStatus(autocommitMode, state, statementsInTransaction, rowsChangedInTransaction,
                transactionStartedAt, statements.readingTransaction());
    }

    private TransactionState sqliteState(boolean autocommit) throws SQLException {
        if (!TransactionProbe.sqliteInTransaction(connection)) {
            return TransactionState.IDLE;
        }
        // With autocommit off sqlite-jdbc always holds a deferred BEGIN, which takes no lock and
        // holds no change until a statement runs: only then is there something to end.
        return autocommit || statementsInTransaction > 0 ? TransactionState.IN_TRANSACTION : TransactionState.IDLE;
    }

    /**
     * With autocommit off, sqlite-jdbc assumes a BEGIN is always open. A COMMIT or ROLLBACK the
     * user typed ends it behind the driver's back; begin again so that later statements still
     * wait for Commit instead of being committed one by one.
     */
    private void keepSqliteManualModeOpen() throws SQLException {
        if (engine() == Engine.SQLITE && !connection.isClosed() && !connection.getAutoCommit()
                && !TransactionProbe.sqliteInTransaction(connection)) {
            run("BEGIN");
            resetTransactionCounters();
        }
    }

    private boolean isLost(SQLException e) throws SQLException {
        String state = e.getSQLState();
        return (state != null && (state.startsWith("08") || state.startsWith("57P0"))) || connection.isClosed();
    }

    private void run(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    private void resetTransactionCounters() {
        statementsInTransaction = 0;
        rowsChangedInTransaction = 0;
        transactionStartedAt = 0;
    }

    /** Closes the connection, rolling back anything uncommitted: a closed session never commits. */
    @Override
    public void close() throws SQLException {
        try {
            if (!connection.isClosed()) {
                closeStreams();
            }
            if (!connection.isClosed() && status().hasOpenTransaction()) {
                end(TransactionEnd.ROLLBACK);
            }
        } finally {
            connection.close();
        }
    }

    /** Ends the open transaction as the user chose, then closes. */
    public void close(TransactionEnd end) throws SQLException {
        try {
            if (!connection.isClosed() && status().hasOpenTransaction()) {
                end(end);
            }
        } finally {
            close();
        }
    }
}
