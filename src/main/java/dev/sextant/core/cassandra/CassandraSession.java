package dev.sextant.core.cassandra;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import dev.sextant.core.result.CompactRows;
import dev.sextant.core.result.QueryResult;
import dev.sextant.core.session.BoundValue;
import dev.sextant.core.sql.CommandName;
import dev.sextant.core.sql.Placeholders;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/**
 * An editor tab's Cassandra session: runs CQL with bound values at the tab's consistency level,
 * page by page, optionally traced. Every call blocks on the driver, so it runs on the tab's
 * background executor; only {@link #cancel()} is for any thread.
 *
 * <p>Cassandra has no transactions: each write is applied at once, and no Commit or Rollback
 * exists to offer ({@link #supportsTransactions()}).
 */
public final class CassandraSession implements AutoCloseable {

    /** Why Autocommit, Commit and Rollback are off for a Cassandra tab. */
    public static final String NO_TRANSACTIONS =
            "Cassandra applies each write at once; use BATCH or IF for lightweight transactions.";
    /** What the transaction indicator says for a Cassandra tab. */
    public static final String TRANSACTION_STATUS = "No transactions · CQL";

    private final CqlSession driver;
    private volatile DefaultConsistencyLevel consistency = DefaultConsistencyLevel.LOCAL_ONE;
    private volatile boolean tracing;
    private volatile CompletableFuture<?> inFlight;
    private volatile boolean cancelRequested;

    public CassandraSession(CqlSession driver) {
        this.driver = driver;
    }

    /** Connects (blocking) as {@link CassandraConnect#open} does. */
    public static CassandraSession open(CassandraSpec spec, char[] password) {
        return new CassandraSession(CassandraConnect.open(spec, password));
    }

    public boolean supportsTransactions() {
        return false;
    }

    /** The driver session, for the catalog of the same connection. */
    public CqlSession driver() {
        return driver;
    }

    /** The session's keyspace ({@code USE} changes it), or "" for none. */
    public String keyspace() {
        return driver.getKeyspace().map(CqlIdentifier::asInternal).orElse("");
    }

    public DefaultConsistencyLevel consistency() {
        return consistency;
    }

    /** The level every following statement of this session is sent with (LOCAL_ONE until changed). */
    public void setConsistency(DefaultConsistencyLevel level) {
        consistency = Objects.requireNonNull(level);
    }

    /** Whether following statements are traced (their trace comes with their result). */
    public void setTracing(boolean on) {
        tracing = on;
    }

    /** Runs a statement without bind markers. */
    public CqlResult execute(String cql) {
        return execute(cql, List.of());
    }

    /**
     * Runs one statement: {@code ?} and {@code :name} markers get {@code values}, one per name of
     * {@link Placeholders#names()}, in that order. Returns its first page of rows, if any.
     *
     * @throws CqlCancelledException when {@link #cancel()} abandoned it
     * @throws RuntimeException      the driver's error; {@link CqlErrors#of} says it plainly
     */
    public CqlResult execute(String cql, List<BoundValue> values) {
        cancelRequested = false;
        String before = keyspace();
        Statement<?> statement = statement(cql, values)
                .setConsistencyLevel(consistency)
                .setPageSize(CassandraConnect.PAGE_SIZE)
                .setTracing(tracing);
        AsyncResultSet first = await(driver.executeAsync(statement));
        RequestFacts facts = RequestFacts.of(first.getExecutionInfo(), consistency);
        QueryTrace trace = tracing ? QueryTrace.of(await(first.getExecutionInfo().getQueryTraceAsync())) : null;
        String after = keyspace();
        String newKeyspace = after.equals(before) ? null : after;
        String command = CommandName.of(cql);
        if (first.getColumnDefinitions().size() == 0) {
            return new CqlResult(command, null, null, facts, newKeyspace, trace);
        }
        CqlPages pages = new CqlPages(this, new CqlColumns(first.getColumnDefinitions()), first);
        CompactRows rows = pages.fetch(CassandraConnect.PAGE_SIZE);
        QueryResult page = new QueryResult(pages.columns(), rows, pages.isOpen());
        return new CqlResult(command, page, pages.isOpen() ? pages : null, facts, newKeyspace, trace);
    }

    /** The next rows of a result, up to {@code max} (Fetch all asks repeatedly). */
    public CompactRows fetch(CqlPages pages, int max) {
        cancelRequested = false;
        return pages.fetch(max);
    }

    private Statement<?> statement(String cql, List<BoundValue> values) {
        Placeholders markers = Placeholders.of(cql);
        if (markers.isEmpty()) {
            if (!values.isEmpty()) {
                throw new IllegalArgumentException("The statement has no bind markers but values were given.");
            }
            return SimpleStatement.newInstance(cql);
        }
        PreparedStatement prepared = await(driver.prepareAsync(markers.jdbcSql()));
        return CqlBinder.bind(prepared, markers.inJdbcOrder(values), driver.getContext().getCodecRegistry());
    }

    /**
     * Abandons the running request at once; safe from any thread. The session stays usable, but
     * the server may still finish the request (CQL has no way to stop one).
     */
    public void cancel() {
        cancelRequested = true;
        CompletableFuture<?> running = inFlight;
        if (running != null) {
            running.cancel(true);
        }
    }

    /** Waits for the driver, giving up at once when cancelled. */
    <T> T await(CompletionStage<T> stage) {
        CompletableFuture<T> future = stage.toCompletableFuture();
        inFlight = future;
        try {
            if (cancelRequested) {
                future.cancel(true);
            }
            return future.get();
        } catch (CancellationException e) {
            throw new CqlCancelledException();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new CqlCancelledException();
        } catch (ExecutionException e) {
            throw unwrapped(e.getCause());
        } finally {
            inFlight = null;
        }
    }

    private static RuntimeException unwrapped(Throwable cause) {
        Throwable error = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        return error instanceof RuntimeException runtime ? runtime : new IllegalStateException(error.getMessage(), error);
    }

    /** Which consistency levels a tab offers, as CQL names them. */
    public static List<ConsistencyLevel> levels() {
        return List.of(DefaultConsistencyLevel.values());
    }

    @Override
    public void close() {
        driver.close();
    }
}
