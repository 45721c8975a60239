package dev.sextant.core.plan;

import java.sql.Connection;

/** SQLite: {@code EXPLAIN QUERY PLAN}, which never runs the statement. */
final class SqlitePlans implements PlanSource {

    @Override
    public boolean canAnalyze() {
        return false;
    }

    @Override
    public Plan explain(Connection connection, String sql, boolean analyze, String how, PlanCancel cancel)
            throws Exception {
        // EXPLAIN QUERY PLAN only plans, so it returns at once: nothing worth cancelling.
        return SqliteQueryPlan.read(connection, sql, how);
    }
}
