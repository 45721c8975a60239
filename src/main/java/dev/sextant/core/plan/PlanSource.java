package dev.sextant.core.plan;

import dev.sextant.core.connect.Engine;

import java.sql.Connection;

/** How one engine explains a statement. */
public interface PlanSource {

    /** Whether the engine can run one statement to measure it (EXPLAIN ANALYZE). */
    boolean canAnalyze();

    /**
     * The plan of {@code sql}, read on {@code connection}; with {@code analyze} the statement runs
     * (the caller undoes what it did). {@code how} is passed on into the plan; the statement sent
     * is watched by {@code cancel}, so the tab's Cancel stops it.
     */
    Plan explain(Connection connection, String sql, boolean analyze, String how, PlanCancel cancel) throws Exception;

    /** The engine's way; the one place that tells engines apart for plans. */
    static PlanSource of(Engine engine) {
        return switch (engine) {
            case POSTGRESQL -> new PostgresPlans();
            case SQLITE -> new SqlitePlans();
            case CASSANDRA -> new NoPlans(engine.displayName());
        };
    }
}
