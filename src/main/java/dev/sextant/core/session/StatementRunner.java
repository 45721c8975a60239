package dev.sextant.core.session;

import dev.sextant.core.connect.Engine;
import dev.sextant.core.result.CompactRows;
import dev.sextant.core.result.QueryResult;
import dev.sextant.core.result.ResultReader;
import dev.sextant.core.result.JdbcResultStream;
import dev.sextant.core.result.ResultStream;
import dev.sextant.core.sql.CommandName;
import dev.sextant.core.sql.SqlWords;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a session sends one statement and reads what comes back: update counts and notices in
 * order, result sets one page at a time behind a {@link ResultStream}, and the transaction of
 * Sextant's own that PostgreSQL needs to stream a result in autocommit mode.
 */
final class StatementRunner {

    /** Statements that must not be wrapped in a transaction of Sextant's own for streaming. */
    private static final Set<String> NO_READING_TRANSACTION = Set.of("BEGIN", "START", "COMMIT", "END", "ROLLBACK",
            "ABORT", "SAVEPOINT", "RELEASE", "PREPARE", "CALL", "DO", "DISCARD");

    private final Connection connection;
    private final Engine engine;
    private final List<ResultStream> streams = new ArrayList<>();
    private volatile Statement running;
    private volatile ResultStream fetching;
    private boolean readingTransaction;
    /** The driver is out of autocommit only while the user's typed BEGIN is open, so that its results stream too. */
    private boolean typedTransaction;
    private long rowsChanged;

    StatementRunner(Connection connection, Engine engine) {
        this.connection = connection;
        this.engine = engine;
    }

    /** Whether a transaction of Sextant's own is open only to stream a result. */
    boolean readingTransaction() {
        return readingTransaction;
    }

    /** Whether the session is in autocommit mode, whatever the driver is set to while a result streams. */
    boolean autocommitMode() throws SQLException {
        return connection.getAutoCommit() || readingTransaction || typedTransaction;
    }

    /**
     * Keeps the driver out of autocommit while a transaction the user began by typing BEGIN in
     * autocommit mode is open: pgjdbc reads a whole result into memory when autocommit is on,
     * so a SELECT inside that transaction would load every row before the first one showed.
     * Neither switch sends anything: the transaction is open on the way in and closed on the way out.
     */
    void followTypedTransaction() throws SQLException {
        SessionRules rules = SessionRules.of(engine);
        if (!rules.streamsInsideTransaction()) {
            return;
        }
        boolean open = rules.transactionState(connection, false) != TransactionState.IDLE;
        if (open && !typedTransaction && !readingTransaction && connection.getAutoCommit()) {
            connection.setAutoCommit(false);
            typedTransaction = true;
        } else if (!open && typedTransaction) {
            typedTransaction = false;
            connection.setAutoCommit(true);
        }
    }

    /** Rows changed since the last call. */
    long takeRowsChanged() {
        long n = rowsChanged;
        rowsChanged = 0;
        return n;
    }

    /** Stops the running statement or the fetch under way; safe from any thread. */
    void cancel() {
        ResultStream stream = fetching;
        if (stream != null) {
            stream.cancel();
        }
        Statement statement = running;
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException ignored) {
                // The statement ended on its own meanwhile: nothing left to cancel.
            }
        }
    }

    /**
     * Runs one statement. A result set is read one page at a time: its first page comes back at
     * once and the statement stays open behind a {@link ResultStream} for the rest. PostgreSQL
     * only streams inside a transaction, so in autocommit mode a query runs in a transaction of
     * Sextant's own that the indicator shows and that ends when the result is read or closed.
     */
    List<Outcome> execute(String sql, List<BoundValue> values, boolean autocommitMode) throws SQLException {
        followTypedTransaction();
        String command = CommandName.of(sql);
        boolean ownTransaction = autocommitMode && wantsReadingTransaction(sql);
        if (ownTransaction) {
            connection.setAutoCommit(false);
            readingTransaction = true;
        }
        List<Outcome> outcomes = new ArrayList<>();
        Statement statement = values.isEmpty() ? connection.createStatement()
                : BoundStatement.prepare(connection, engine, sql, values);
        boolean streaming = false;
        try {
            statement.setFetchSize(SqlSession.FETCH_SIZE);
            running = statement;
            if (statement instanceof PreparedStatement bound ? bound.execute() : statement.execute(sql)) {
                streaming = stream(statement, command, outcomes);
            } else {
                collect(statement, command, outcomes);
                addNotices(statement.getWarnings(), outcomes);
            }
            return SourceQuery.attach(outcomes, sql, values); // so an export can run it again
        } catch (SQLException e) {
            if (ownTransaction) {
                endReadingTransaction(false);
            }
            throw e;
        } finally {
            running = null;
            if (!streaming) {
                statement.close();
                if (readingTransaction && streams.isEmpty()) {
                    endReadingTransaction(true);
                }
            }
            if (!connection.isClosed()) { // a lost connection's own error is the one to report
                followTypedTransaction(); // a typed BEGIN is followed, a typed COMMIT or ROLLBACK gives autocommit back
            }
        }
    }

    /** Reads the first page; returns whether the statement stays open for the rest. */
    private boolean stream(Statement statement, String command, List<Outcome> out) throws SQLException {
        SessionRules rules = SessionRules.of(engine);
        JdbcResultStream stream = new JdbcResultStream(statement, statement.getResultSet(), () -> { },
                rules.columnOrigins(), rules.valueFormats());
        CompactRows first = stream.fetch(SqlSession.FIRST_PAGE);
        boolean open = stream.isOpen();
        out.add(new Outcome.Rows(command, new QueryResult(stream.columns(), first, open), open ? stream : null));
        addNotices(stream.warnings(), out);
        if (open) {
            streams.add(stream);
        }
        return open;
    }

    /** Reads up to {@code max} more rows of a result this session streams. */
    CompactRows fetch(ResultStream stream, int max) throws SQLException {
        fetching = stream;
        try {
            return stream.fetch(max);
        } finally {
            fetching = null;
            if (!stream.isOpen()) {
                streams.remove(stream);
                if (streams.isEmpty() && readingTransaction) {
                    endReadingTransaction(true);
                }
            }
        }
    }

    /** Closes the results still being read (the rows already fetched stay where they are). */
    void closeStreams() throws SQLException {
        for (ResultStream stream : List.copyOf(streams)) {
            stream.close();
        }
        streams.clear();
        if (readingTransaction) {
            endReadingTransaction(true);
        }
    }

    private boolean wantsReadingTransaction(String sql) throws SQLException {
        SessionRules rules = SessionRules.of(engine);
        if (!rules.streamsInsideTransaction() || !connection.getAutoCommit()
                || rules.transactionState(connection, false) != TransactionState.IDLE
                || Dialect.of(engine).outsideTransactionOnly(sql).isPresent()) {
            return false;
        }
        List<String> words = SqlWords.of(sql);
        return !words.isEmpty() && !NO_READING_TRANSACTION.contains(words.get(0).toUpperCase(Locale.ROOT));
    }

    /** Ends the transaction opened only to stream a result; committed, so nextval() and the like stay done. */
    private void endReadingTransaction(boolean commit) throws SQLException {
        readingTransaction = false;
        try {
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void collect(Statement statement, String command, List<Outcome> out) throws SQLException {
        boolean isResultSet = false;
        while (true) {
            if (isResultSet) {
                // A later result of the same statement: its first page only, no stream.
                out.add(new Outcome.Rows(command, ResultReader.read(statement.getResultSet(), SqlSession.FIRST_PAGE,
                        SessionRules.of(engine).columnOrigins(), SessionRules.of(engine).valueFormats()), null));
            } else {
                long count = statement.getLargeUpdateCount();
                if (count == -1) {
                    return;
                }
                boolean rows = isRowCommand(command);
                out.add(rows ? new Outcome.UpdateCount(command, count) : new Outcome.Done(command));
                rowsChanged += rows ? count : 0;
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
}
