package dev.sextant.ui.plan;

import dev.sextant.core.plan.Plan;
import dev.sextant.core.plan.PlanNode;

import java.util.Locale;

/** The figures of a plan as the view writes them: short, in the server's units. */
final class PlanFigures {

    private PlanFigures() {
    }

    /** "cost 1234.5 · 12.3 ms" for a plan's heading, or "cost –" for one with no costs. */
    static String totals(Plan plan) {
        StringBuilder text = new StringBuilder();
        text.append(plan.totalCost() == null ? "no costs" : "cost " + number(plan.totalCost()));
        if (plan.executionMs() != null) {
            text.append(" · ").append(ms(plan.executionMs())).append(" ms");
        }
        if (plan.planningMs() != null) {
            text.append(" · planning ").append(ms(plan.planningMs())).append(" ms");
        }
        return text.toString();
    }

    /** The flags a step gets: estimate off by ten times or more, the slowest step. */
    static String flags(Plan plan, PlanNode node) {
        StringBuilder flags = new StringBuilder();
        if (node.misestimated()) {
            flags.append("rows off ").append(Math.round(node.misestimateFactor())).append("×");
        }
        if (plan.slowest().filter(slowest -> slowest == node).isPresent()) {
            flags.append(flags.isEmpty() ? "" : " · ").append("slowest");
        }
        return flags.toString();
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    static String ms(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String buffers(PlanNode.Actual actual) {
        return actual.sharedHit() + actual.sharedRead() == 0 ? ""
                : "hit " + actual.sharedHit() + (actual.sharedRead() > 0 ? " · read " + actual.sharedRead() : "");
    }
}
