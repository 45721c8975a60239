package dev.sextant.core.session;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.result.CompactRows;
import dev.sextant.core.result.ResultStream;
import dev.sextant.core.sql.StatementRules;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * One editor tab's own connection, pinned for the tab's whole life so that {@code SET}, temp
 * tables and open transactions stay where the user put them and never leak into a pool.
 *
 * <p>Use from one thread at a time (the tab's background thread); only {@link #cancel()} may
 * be called from elsewhere. Every state it reports is read back from the driver or the server,
 * and it never ends a transaction the user did not ask to end. Commit, Rollback and the
 * autocommit switch are {@link SessionTransaction}'s part.
 */
public final class SqlSession implements EditorSession, AutoCloseable {

    /** Rows read at once when a query returns; the rest follow on demand. */
    public static final int FIRST_PAGE = 1000;
    /** Rows pgjdbc brings per round trip while a result is streamed. */
    public static final int FETCH_SIZE = 1000;

    private final Endpoint endpoint;
    private final Connection connection;
    private final StatementRunner statements;
    private final TransactionCounters counters;
    private final SessionTransaction transaction;
    private RunOptions options = new RunOptions();

    private SqlSession(Endpoint endpoint, Connection connection) {
        this.endpoint = endpoint;
        this.connection = connection;
        this.statements = new StatementRunner(connection, endpoint.spec().engine());
        this.counters = new TransactionCounters(connection, endpoint.spec().engine());
        this.transaction = new SessionTransaction(connection, endpoint.spec().engine(), statements, counters);
    }

    /** Opens a dedicated connection and checks that it really works (a SQLite file is a database). */
    public static SqlSession open(Endpoint endpoint) throws SQLException {
        Connection connection = endpoint.connect();
        try (Statement probe = connection.createStatement()) {
            // SQLite reads the file header lazily: ask for the schema so a non-database fails now.
            probe.execute(endpoint.jdbc().openCheckSql());
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return new SqlSession(endpoint, connection);
    }

    /** A new session on the same endpoint, in the same autocommit mode, after this one was lost. */
    public SqlSession reopen() throws SQLException {
        SqlSession fresh = open(endpoint);
        fresh.connection.setAutoCommit(counters.lastAutocommit());
        fresh.options = options;
        return fresh;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public Engine engine() {
        return endpoint.spec().engine();
    }

    public Optional<SqlSession> jdbc() {
        return Optional.of(this);
    }

    /** Like psql's ON_ERROR_ROLLBACK: in a transaction each statement runs behind a savepoint, undone alone if it fails. */
    public void setRollbackFailedStatementOnly(boolean value) {
        options.setRollbackFailedStatementOnly(value);
    }

    /** Reads its options from {@code shared} from now on (the tab's, which the Run menu sets). */
    public void useOptions(RunOptions shared) {
        options = shared;
    }

    /** Runs one statement; what it produced comes back in order, notices included. */
    public List<Outcome> execute(String sql) throws SQLException {
        return execute(sql, List.of());
    }

    /** Runs one statement with {@code values} bound to its {@code ?}s, in order (none: run as written). */
    public List<Outcome> execute(String sql, List<BoundValue> values) throws SQLException {
        return execute(sql, values, options.rollbackFailedStatementOnly());
    }

    /** Runs a query Sextant built (a sort, a filter): always behind a savepoint, so it cannot fail the user's transaction. */
    public List<Outcome> executeOwnQuery(String sql, List<BoundValue> values) throws SQLException {
        return execute(sql, values, true);
    }

    private List<Outcome> execute(String sql, List<BoundValue> values, boolean undoFailedAlone) throws SQLException {
        closeStreams();
        SessionStatus before = status();
        counters.starting(before);
        boolean commits = StatementRules.commits(sql);
        boolean guarded = StatementSavepoint.wanted(undoFailedAlone, engine(), before, sql);
        try {
            if (guarded) {
                StatementSavepoint.set(connection);
            }
            List<Outcome> outcomes = statements.execute(sql, values, before.autocommit());
            counters.ran(sql, statements.takeRowsChanged());
            if (guarded) {
                StatementSavepoint.release(connection);
            }
            if (commits && before.transaction() == TransactionState.FAILED) {
                // PostgreSQL answers COMMIT in a failed transaction with ROLLBACK, and no error.
                throw NotCommittedException.answeredWithRollback();
            }
            return outcomes;
        } catch (NotCommittedException e) {
            throw e;
        } catch (SQLException e) {
            throw recoverFrom(e, before, undoFailedAlone, guarded, commits);
        } finally {
            transaction.keepSqliteManualModeOpen();
        }
    }

    private SQLException recoverFrom(SQLException e, SessionStatus before, boolean undoFailedAlone, boolean guarded,
                                     boolean commit) throws SQLException {
        if (isLost(e)) {
            return new ConnectionLostException(e, before.hasOpenTransaction(), counters.statements());
        }
        if (commit && before.hasOpenTransaction()) {
            return NotCommittedException.commitFailed(e, status().hasOpenTransaction());
        }
        if (guarded) {
            StatementSavepoint.undo(connection);
        } else if (undoFailedAlone && !before.hasOpenTransaction() && !connection.getAutoCommit()
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
     * Runs work on this session's connection as one all-or-nothing step ({@link OneStep});
     * {@code rowsChanged} tells the transaction indicator how many rows the step wrote.
     */
    public <T> T runAsOneStep(SessionWork<T> work, ToLongFunction<T> rowsChanged) throws Exception {
        T done = step(work, true);
        counters.ran(rowsChanged.applyAsLong(done));
        return done;
    }

    /** Runs work on this session's connection and undoes all it did, to measure and never to change. */
    public <T> T runAndUndo(SessionWork<T> work) throws Exception {
        return step(work, false);
    }

    private <T> T step(SessionWork<T> work, boolean keep) throws Exception {
        closeStreams();
        SessionStatus before = status();
        counters.starting(before);
        try {
            return OneStep.run(connection, before.transaction() != TransactionState.IDLE, work, keep);
        } catch (SQLException e) {
            throw isLost(e) ? new ConnectionLostException(e, before.hasOpenTransaction(), counters.statements()) : e;
        } finally {
            transaction.keepSqliteManualModeOpen();
        }
    }

    /** Runs a statement that cannot run in a transaction block on a short-lived connection of its own. */
    public List<Outcome> executeOnSeparateConnection(String sql) throws SQLException {
        try (SqlSession separate = open(endpoint)) {
            return separate.statements.execute(sql, List.of(), false);
        }
    }

    /** How many rows {@code table} (as the user wrote it) has for this session, to confirm an UPDATE without WHERE. */
    public long countRows(String table) throws SQLException {
        closeStreams();
        return RowCount.of(connection, engine(), status(), table);
    }

    /** Sets autocommit, refusing to let the driver silently end an open transaction. */
    public SessionStatus setAutoCommit(boolean on) throws SQLException {
        return transaction.setAutoCommit(on);
    }

    /** Ends the open transaction as the user chose, then sets autocommit (unchanged if the commit is not carried out). */
    public TransactionEnded setAutoCommit(boolean on, TransactionEnd end) throws SQLException {
        TransactionEnded ended = end(end);
        return new TransactionEnded(ended.how(), ended.wasOpen(), setAutoCommit(on));
    }

    public TransactionEnded commit() throws SQLException {
        return end(TransactionEnd.COMMIT);
    }

    public TransactionEnded rollback() throws SQLException {
        return end(TransactionEnd.ROLLBACK);
    }

    /**
     * Commits or rolls back, whether the transaction is the driver's or one the user began with
     * BEGIN. Returns only when the database confirmed it; a commit that ended otherwise (rolled
     * back by the server, failed and still open, or refused because the transaction had failed)
     * throws {@link NotCommittedException}.
     */
    public TransactionEnded end(TransactionEnd how) throws SQLException {
        return transaction.end(how);
    }

    /** Asks the server to stop the running statement; safe to call from any thread. */
    public void cancel() {
        statements.cancel();
    }

    /** The session's state, read back from the driver and the database. */
    public SessionStatus status() throws SQLException {
        return transaction.status();
    }

    private boolean isLost(SQLException e) throws SQLException {
        return ConnectionLostException.isLoss(e, connection);
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

    /** Ends the open transaction as the user chose, then closes; a commit not carried out throws first, closing nothing. */
    public void close(TransactionEnd end) throws SQLException {
        try {
            if (!connection.isClosed() && status().hasOpenTransaction()) {
                end(end);
            }
        } catch (NotCommittedException e) {
            throw e;
        } catch (SQLException | RuntimeException e) {
            connection.close(); // the connection failed: nothing is left to decide
            throw e;
        }
        close();
    }
}
