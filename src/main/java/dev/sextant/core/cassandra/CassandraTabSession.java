package dev.sextant.core.cassandra;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.result.CompactRows;
import dev.sextant.core.result.ResultStream;
import dev.sextant.core.session.BoundValue;
import dev.sextant.core.session.EditorSession;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.RunOptions;
import dev.sextant.core.session.SessionStatus;
import dev.sextant.core.session.SqlSession;
import dev.sextant.core.session.TransactionEnd;
import dev.sextant.core.session.TransactionEnded;
import dev.sextant.core.session.TransactionState;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An editor tab's session on a Cassandra cluster: {@link CassandraSession} seen as the tab's
 * {@link EditorSession}. Every write is applied at once, so the state is always "autocommit,
 * idle" and the transaction commands refuse with the reason the toolbar shows.
 */
public final class CassandraTabSession implements EditorSession {

    private static final SessionStatus NO_TRANSACTION = new SessionStatus(true, TransactionState.IDLE, 0, 0, 0, false);

    private final Endpoint endpoint;
    private final CassandraSession session;
    private final List<CqlPages> open = new ArrayList<>();

    private CassandraTabSession(Endpoint endpoint, CassandraSession session) {
        this.endpoint = endpoint;
        this.session = session;
    }

    /** Connects (blocking), checking the local datacenter has nodes. */
    public static CassandraTabSession open(Endpoint endpoint) {
        char[] password = endpoint.password();
        try {
            return new CassandraTabSession(endpoint, CassandraSession.open(CassandraEngine.spec(endpoint), password));
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public void useOptions(RunOptions shared) {
        // The Run menu's options are about transactions, which a Cassandra session has none of.
    }

    @Override
    public List<Outcome> execute(String sql, List<BoundValue> values) {
        closeStreams();
        CqlResult result;
        try {
            result = session.execute(sql, values);
        } catch (CqlCancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CqlFailure(sql, e);
        }
        List<Outcome> out = new ArrayList<>();
        if (result.hasRows()) {
            out.add(new Outcome.Rows(result.command(), result.rows(), result.hasMore() ? result.rest() : null));
            if (result.hasMore()) {
                open.add(result.rest());
            }
        }
        out.addAll(result.messages());
        return out;
    }

    @Override
    public CompactRows fetch(ResultStream stream, int max) {
        if (!(stream instanceof CqlPages pages)) {
            throw new IllegalArgumentException("That result does not come from this Cassandra session.");
        }
        CompactRows rows = session.fetch(pages, max);
        if (!pages.isOpen()) {
            open.remove(pages);
        }
        return rows;
    }

    @Override
    public void closeStreams() {
        open.forEach(CqlPages::close);
        open.clear();
    }

    @Override
    public SessionStatus status() {
        return NO_TRANSACTION;
    }

    /** Abandons the request client-side; the server may still finish it (CQL cannot stop one). */
    @Override
    public void cancel() {
        session.cancel();
    }

    @Override
    public void close(TransactionEnd end) {
        close();
    }

    @Override
    public void close() {
        session.close();
    }

    @Override
    public SessionStatus setAutoCommit(boolean on) {
        if (!on) {
            throw new UnsupportedOperationException(CassandraSession.NO_TRANSACTIONS);
        }
        return NO_TRANSACTION;
    }

    @Override
    public TransactionEnded setAutoCommit(boolean on, TransactionEnd end) {
        throw new UnsupportedOperationException(CassandraSession.NO_TRANSACTIONS);
    }

    @Override
    public TransactionEnded end(TransactionEnd how) {
        throw new UnsupportedOperationException(CassandraSession.NO_TRANSACTIONS);
    }

    @Override
    public EditorSession reopen() {
        CassandraTabSession fresh = open(endpoint);
        fresh.session.setConsistency(session.consistency());
        return fresh;
    }

    @Override
    public List<Outcome> executeOnSeparateConnection(String sql) {
        throw new UnsupportedOperationException(CassandraSession.NO_TRANSACTIONS);
    }

    /** Cassandra cannot count a table's rows cheaply, and CQL's UPDATE and DELETE always need a WHERE. */
    @Override
    public long countRows(String table) {
        throw new UnsupportedOperationException("Cassandra does not count a table's rows without a scan.");
    }

    @Override
    public Optional<SqlSession> jdbc() {
        return Optional.empty();
    }

    /** "keyspace music", or "no keyspace" before a USE. */
    @Override
    public String place() {
        String keyspace = session.keyspace();
        return keyspace.isEmpty() ? "no keyspace" : "keyspace " + keyspace;
    }

    @Override
    public void useConsistency(String level) {
        session.setConsistency(DefaultConsistencyLevel.valueOf(level));
    }

    /** The level statements go out with now. */
    public String consistency() {
        return session.consistency().name();
    }
}
