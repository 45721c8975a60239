package dev.sextant.core.plan;

import java.util.List;

/**
 * One step of a query plan as the server described it: what it does, to which relation or index,
 * what the planner expected, and (after ANALYZE) what really happened.
 *
 * @param operation what the step does ("Hash Join", "Seq Scan", SQLite's "SCAN t")
 * @param target    the relation, index or join kind it works on ("on orders o"), empty if none
 * @param estimate  the planner's guesses, or null when the engine gives none (SQLite)
 * @param actual    what ANALYZE measured, or null when the statement was not run
 * @param children  the steps feeding this one, in the server's order
 */
public record PlanNode(String operation, String target, Estimate estimate, Actual actual, List<PlanNode> children) {

    public PlanNode {
        children = List.copyOf(children);
    }

    /** The planner's guesses: costs in its arbitrary units, rows per loop. */
    public record Estimate(double startupCost, double totalCost, double rows) {
    }

    /**
     * What ANALYZE measured.
     *
     * @param rows       rows per loop, as the server reports them (comparable with the estimate)
     * @param loops      how many times the step ran (0: never executed)
     * @param totalMs    time in this step and the steps under it, over all loops
     * @param selfMs     time in this step alone: {@code totalMs} less its children's
     * @param sharedHit  shared buffers found in cache (BUFFERS), 0 when not asked for
     * @param sharedRead shared buffers read from disk or the OS cache
     */
    public record Actual(double rows, double loops, double totalMs, double selfMs, long sharedHit, long sharedRead) {

        public boolean executed() {
            return loops > 0;
        }
    }

    /** The operation with its target, as one line of text. */
    public String title() {
        return target.isEmpty() ? operation : operation + " " + target;
    }

    /**
     * How many times the row estimate is off from what ANALYZE counted, at least 1, in either
     * direction (10 means 10× too many or 10× too few); 1 without both figures. Counts below one
     * row are taken as one, so "0 expected, 0 found" is not a misestimate.
     */
    public double misestimateFactor() {
        if (estimate == null || actual == null || !actual.executed()) {
            return 1;
        }
        double expected = Math.max(1, estimate.rows());
        double found = Math.max(1, actual.rows());
        return Math.max(expected / found, found / expected);
    }

    /** Whether the planner's row estimate is off by ten times or more. */
    public boolean misestimated() {
        return misestimateFactor() >= Plan.MISESTIMATE_FACTOR;
    }
}
