package dev.sextant.core.plan;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * The EXPLAIN being sent for a tab, so that its Cancel stops it the way it stops a statement
 * run with Run: {@link Statement#cancel()}, which for PostgreSQL asks the server, on a connection
 * of its own, to cancel what the session is running. An EXPLAIN ANALYZE runs the statement, so
 * without this a slow one held the tab until it finished.
 */
public final class PlanCancel {

    private volatile Statement running;

    /** The statement from now until {@link #finished}: what {@link #cancel} stops. */
    Statement watch(Statement statement) {
        running = statement;
        return statement;
    }

    void finished() {
        running = null;
    }

    /** Asks the server to stop the EXPLAIN under way, if any; safe from any thread but the one sending it. */
    public void cancel() {
        Statement statement = running;
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException ignored) {
                // It ended on its own meanwhile: nothing left to cancel.
            }
        }
    }
}
