package dev.sextant.core.session;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.result.CompactRows;
import dev.sextant.core.result.ResultStream;

import java.util.List;
import java.util.Optional;

/**
 * What an editor tab and {@code ScriptRun} need of the tab's own session, whatever the engine:
 * run a statement with bound values, read a result's next rows, report the state, cancel, close
 * and, where the engine has them ({@code Capabilities.transactions()}), transactions. JDBC's
 * {@link SqlSession} is one; Cassandra's tab session another. Every method but {@link #cancel()}
 * blocks, so it runs on the tab's background thread.
 */
public interface EditorSession extends AutoCloseable {

    Endpoint endpoint();

    default Engine engine() {
        return endpoint().spec().engine();
    }

    /** Reads its options from {@code shared} from now on (the tab's, which the Run menu sets). */
    void useOptions(RunOptions shared);

    /** Runs one statement with {@code values} bound to its {@code ?}s, in order; its outcomes in order. */
    List<Outcome> execute(String sql, List<BoundValue> values) throws Exception;

    /** The next rows of one of this session's results. */
    CompactRows fetch(ResultStream stream, int max) throws Exception;

    /** Closes the results still being read (the rows already fetched stay where they are). */
    void closeStreams() throws Exception;

    /** The state read back now: mode and transaction. */
    SessionStatus status() throws Exception;

    /** Stops the running statement (or stops waiting for it); safe from any thread. */
    void cancel();

    /** Closes without asking the server anything more (after the connection was lost, say). */
    @Override
    void close() throws Exception;

    /** Closes, ending an open transaction as asked. */
    void close(TransactionEnd end) throws Exception;

    SessionStatus setAutoCommit(boolean on) throws Exception;

    /** Switches the mode, ending the open transaction as {@code end} says. */
    TransactionEnded setAutoCommit(boolean on, TransactionEnd end) throws Exception;

    TransactionEnded end(TransactionEnd how) throws Exception;

    /** A new session on the same endpoint, in the same mode, after this one was lost. */
    EditorSession reopen() throws Exception;

    /** Runs a statement that cannot run in a transaction on a connection of its own. */
    List<Outcome> executeOnSeparateConnection(String sql) throws Exception;

    /** The rows of {@code table}, for the question before an UPDATE or DELETE without WHERE. */
    long countRows(String table) throws Exception;

    /** The JDBC session itself, for work that needs its connection (CSV import), or empty. */
    Optional<SqlSession> jdbc();

    /** Where statements run when the engine has a current place to say (a keyspace), else "". */
    default String place() {
        return "";
    }

    /** The level every following statement is sent with (one of {@link Dialect#consistencyLevels()}). */
    default void useConsistency(String level) {
        throw new UnsupportedOperationException(engine().displayName() + " has no consistency levels.");
    }
}
