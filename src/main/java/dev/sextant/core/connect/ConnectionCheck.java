package dev.sextant.core.connect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The dialog's Test button: opens one connection, asks what server it is, closes it.
 *
 * <p>{@link #run()} blocks (call it on a background thread); {@link #cancel()} may be called from
 * any other thread and makes {@code run()} throw {@link CancellationException} at once. The JDBC
 * drivers cannot interrupt a connect that is waiting on the network, so the attempt itself goes
 * on in its own daemon thread until it ends by itself (at the latest after the connect timeout
 * for an unreachable host); if it succeeds after all, that connection is closed straight away.
 * Nothing waits on an abandoned attempt and it holds no lock.
 */
public final class ConnectionCheck {

    private final Endpoint endpoint;
    private final CompletableFuture<String> outcome = new CompletableFuture<>();
    private volatile Thread attempt;

    public ConnectionCheck(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    /**
     * Connects and returns the server's name and version, such as {@code PostgreSQL 17.6} or
     * {@code SQLite 3.50.3}.
     *
     * @throws SQLException          the connection failed; {@code PlainError.of} says why in one sentence
     * @throws CancellationException {@link #cancel()} was called
     */
    public String run() throws SQLException, InterruptedException {
        Thread thread = new Thread(this::attempt, "connection-check " + endpoint.spec().displayName());
        thread.setDaemon(true);
        attempt = thread;
        thread.start();
        try {
            return outcome.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException driver) {
                throw driver; // a non-JDBC driver's own error, which its engine's translation reads
            }
            throw new SQLException(e.getCause().getMessage(), "08000", e.getCause());
        }
    }

    /** Gives up on the attempt: {@link #run()} throws CancellationException now; a late connection is closed. */
    public void cancel() {
        outcome.cancel(false);
        Thread thread = attempt;
        if (thread != null) {
            thread.interrupt();
        }
    }

    public boolean isCancelled() {
        return outcome.isCancelled();
    }

    private void attempt() {
        Optional<ServerProbe> probe = endpoint.spec().engine().part(ServerProbe.class);
        if (probe.isPresent()) {
            try {
                outcome.complete(probe.get().describe(endpoint));
            } catch (RuntimeException e) {
                outcome.completeExceptionally(e);
            }
            return;
        }
        try (Connection connection = endpoint.connect()) {
            if (!outcome.isDone()) {
                outcome.complete(endpoint.jdbc().describe(connection));
            }
        } catch (SQLException | RuntimeException e) {
            outcome.completeExceptionally(e);
        }
    }
}
