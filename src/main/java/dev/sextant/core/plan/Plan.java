package dev.sextant.core.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A query plan read back from the server, ready to show as a tree.
 *
 * @param root        the top step
 * @param planningMs  planning time the server reported, or null
 * @param executionMs execution time the server reported (ANALYZE only), or null
 * @param raw         the server's answer as it came (JSON, or SQLite's plan rows as text)
 * @param how         one sentence on how the plan was obtained (estimated only, measured and rolled back…)
 */
public record Plan(PlanNode root, Double planningMs, Double executionMs, String raw, String how) {

    /** An estimate this many times off is flagged. */
    public static final double MISESTIMATE_FACTOR = 10;

    /** Whether the statement ran and its steps carry measured rows and times. */
    public boolean analyzed() {
        return root.actual() != null;
    }

    /** Every step, parents before their children. */
    public List<PlanNode> nodes() {
        List<PlanNode> all = new ArrayList<>();
        addAll(root, all);
        return all;
    }

    /** The step that took the most time of its own, when the plan was measured. */
    public Optional<PlanNode> slowest() {
        return nodes().stream().filter(n -> n.actual() != null && n.actual().executed())
                .max(Comparator.comparingDouble(n -> n.actual().selfMs()));
    }

    /** The share (0 to 1) of the plan's time spent in {@code node} alone; 0 when not measured. */
    public double timeShare(PlanNode node) {
        double whole = nodes().stream().filter(n -> n.actual() != null).mapToDouble(n -> n.actual().selfMs()).sum();
        return node.actual() == null || whole <= 0 ? 0 : node.actual().selfMs() / whole;
    }

    /** The planner's total cost of the whole statement, or null when the engine gives no costs. */
    public Double totalCost() {
        return root.estimate() == null ? null : root.estimate().totalCost();
    }

    private static void addAll(PlanNode node, List<PlanNode> into) {
        into.add(node);
        node.children().forEach(child -> addAll(child, into));
    }
}
