package dev.sextant.core.plan;

import java.sql.Connection;

/** An engine without EXPLAIN (Cassandra): asking for a plan says so instead of sending something else. */
final class NoPlans implements PlanSource {

    private final String engine;

    NoPlans(String engine) {
        this.engine = engine;
    }

    @Override
    public boolean canAnalyze() {
        return false;
    }

    @Override
    public Plan explain(Connection connection, String sql, boolean analyze, String how, PlanCancel cancel) {
        throw new UnsupportedOperationException(engine + " has no EXPLAIN: it shows no plan of a statement.");
    }
}
