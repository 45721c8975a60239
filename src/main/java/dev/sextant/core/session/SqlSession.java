package dev.sextant.core.session;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.result.QueryResult;
import dev.sextant.core.result.ResultReader;
import dev.sextant.core.sql.CommandName;
import org.postgresql.core.BaseConnection;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One editor tab's own connection, pinned for the tab's whole life so that {@code SET}, temp
 * tables and open transactions stay where the user put them and never leak into a pool.
 *
 * <p>Use from one thread at a time (the tab's background thread); only {@link #cancel()} may
 * be called from elsewhere. Every state it reports is read back from the driver or the server.
 */
public final class SqlSession implements AutoCloseable {

    /** Rows read per result until streaming results arrive; the rest is reported as "more". */
    public static final int ROW_LIMIT = 1000;

    private final Endpoint endpoint;
    private final Connection connection;
    private volatile Statement running;
    private int statementsInTransaction;
    private long rowsChangedInTransaction;
    private long transactionStartedAt;

    private SqlSession(Endpoint endpoint, Connection connection) {
        this.endpoint = endpoint;
        this.connection = connection;
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

    public Endpoint endpoint() {
        return endpoint;
    }

    public Engine engine() {
        return endpoint.spec().engine();
    }

    /** Runs one statement and returns what it produced, notices included, in order. */
    public List<Outcome> execute(String sql) throws SQLException {
        String command = CommandName.of(sql);
        List<Outcome> outcomes = new ArrayList<>();
        noteStatementStart();
        try (Statement statement = connection.createStatement()) {
            statement.setMaxRows(ROW_LIMIT + 1);
            running = statement;
            boolean isResultSet = statement.execute(sql);
            collect(statement, command, isResultSet, outcomes);
            addNotices(statement.getWarnings(), outcomes);
        } finally {
            running = null;
            noteStatementEnd();
        }
        return outcomes;
    }

    private void collect(Statement statement, String command, boolean isResultSet, List<Outcome> out)
            throws SQLException {
        while (true) {
            if (isResultSet) {
                QueryResult result = ResultReader.read(statement.getResultSet(), ROW_LIMIT);
                out.add(new Outcome.Rows(command, result));
            } else {
                long count = statement.getLargeUpdateCount();
                if (count == -1) {
                    return;
                }
                out.add(isRowCommand(command) ? new Outcome.UpdateCount(command, count) : new Outcome.Done(command));
                rowsChangedInTransaction += isRowCommand(command) ? count : 0;
            }
            isResultSet = statement.getMoreResults();
        }
    }

    private static boolean isRowCommand(String command) {
        return switch (command) {
            case "INSERT", "UPDATE", "DELETE", "MERGE", "COPY", "REPLACE" -> true;
            default -> false;
        };
    }

    private static void addNotices(SQLWarning warning, List<Outcome> out) {
        for (SQLWarning w = warning; w != null; w = w.getNextWarning()) {
            out.add(new Outcome.Notice(w.getMessage()));
        }
    }

    /** Sets autocommit, refusing to let the driver silently commit an open transaction. */
    public SessionStatus setAutoCommit(boolean on) throws SQLException {
        if (on && status().hasOpenTransaction()) {
            throw new IllegalStateException(
                    "Commit or roll back the open transaction before turning autocommit on.");
        }
        connection.setAutoCommit(on);
        resetTransactionCounters();
        return status();
    }

    public SessionStatus commit() throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        resetTransactionCounters();
        return status();
    }

    public SessionStatus rollback() throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
        resetTransactionCounters();
        return status();
    }

    /** Asks the server to stop the running statement; safe to call from any thread. */
    public void cancel() {
        Statement statement = running;
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException ignored) {
                // The statement ended on its own meanwhile: nothing left to cancel.
            }
        }
    }

    /** The session's state, read back from the driver (and for PostgreSQL, the server's protocol state). */
    public SessionStatus status() throws SQLException {
        boolean autocommit = connection.getAutoCommit();
        TransactionState state = readTransactionState(autocommit);
        if (state == TransactionState.IDLE) {
            return new SessionStatus(autocommit, state, 0, 0, 0);
        }
        return new SessionStatus(autocommit, state, statementsInTransaction, rowsChangedInTransaction,
                transactionStartedAt);
    }

    private TransactionState readTransactionState(boolean autocommit) throws SQLException {
        if (engine() == Engine.POSTGRESQL) {
            return switch (connection.unwrap(BaseConnection.class).getTransactionState()) {
                case IDLE -> TransactionState.IDLE;
                case OPEN -> TransactionState.IN_TRANSACTION;
                case FAILED -> TransactionState.FAILED;
            };
        }
        // sqlite-jdbc keeps a deferred BEGIN open whenever autocommit is off; it takes no lock
        // and holds no change until a statement runs, so only then is there something to end.
        return !autocommit && statementsInTransaction > 0 ? TransactionState.IN_TRANSACTION : TransactionState.IDLE;
    }

    private void noteStatementStart() throws SQLException {
        if (!status().hasOpenTransaction()) {
            resetTransactionCounters();
            transactionStartedAt = System.currentTimeMillis();
        }
    }

    private void noteStatementEnd() {
        statementsInTransaction++;
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
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.rollback();
            }
        } finally {
            connection.close();
        }
    }
}
