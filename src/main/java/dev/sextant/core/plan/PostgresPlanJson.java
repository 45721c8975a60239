package dev.sextant.core.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads PostgreSQL's {@code EXPLAIN (FORMAT JSON)} answer: one object with a "Plan" tree, and
 * with ANALYZE its measured rows, loops and times. Names follow the server's text format
 * ("Hash Left Join", "Index Scan using orders_pkey on orders o") so a plan reads as psql shows it.
 */
public final class PostgresPlanJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PostgresPlanJson() {
    }

    /** The plan in {@code json}; {@code how} says how it was obtained. */
    public static Plan parse(String json, String how) throws IOException {
        JsonNode top = JSON.readTree(json);
        JsonNode answer = top.isArray() ? top.path(0) : top;
        if (!answer.has("Plan")) {
            throw new IOException("The server's answer holds no plan.");
        }
        return new Plan(node(answer.get("Plan")), number(answer, "Planning Time"),
                number(answer, "Execution Time"), json, how);
    }

    private static PlanNode node(JsonNode json) {
        List<PlanNode> children = new ArrayList<>();
        json.path("Plans").forEach(child -> children.add(node(child)));
        PlanNode.Estimate estimate = new PlanNode.Estimate(json.path("Startup Cost").asDouble(),
                json.path("Total Cost").asDouble(), json.path("Plan Rows").asDouble());
        return new PlanNode(operation(json), target(json), estimate, actual(json, children), children);
    }

    /**
     * Time of its own: the step's time over all its loops less its children's. Parallel workers
     * report summed loops, so a child can add up to more than its parent: never below zero.
     */
    private static PlanNode.Actual actual(JsonNode json, List<PlanNode> children) {
        if (!json.has("Actual Loops")) {
            return null;
        }
        double loops = json.path("Actual Loops").asDouble();
        double total = json.path("Actual Total Time").asDouble() * loops;
        double underneath = children.stream().filter(c -> c.actual() != null).mapToDouble(c -> c.actual().totalMs()).sum();
        return new PlanNode.Actual(json.path("Actual Rows").asDouble(), loops, total, Math.max(0, total - underneath),
                json.path("Shared Hit Blocks").asLong(), json.path("Shared Read Blocks").asLong());
    }

    private static String operation(JsonNode json) {
        String type = json.path("Node Type").asText();
        if (type.equals("ModifyTable")) {
            type = json.path("Operation").asText(type); // "Update", as in "Update on customer"
        }
        String strategy = json.path("Strategy").asText("");
        if (type.equals("Aggregate") && strategy.equals("Hashed")) {
            type = "HashAggregate";
        } else if (type.equals("Aggregate") && strategy.equals("Sorted")) {
            type = "GroupAggregate";
        }
        String join = json.path("Join Type").asText("");
        if (join.isEmpty() || join.equals("Inner")) {
            return type;
        }
        String stem = type.endsWith(" Join") ? type.substring(0, type.length() - " Join".length()) : type;
        return stem + " " + join + " Join";
    }

    private static String target(JsonNode json) {
        StringBuilder target = new StringBuilder();
        if (json.has("Index Name")) {
            target.append("using ").append(json.get("Index Name").asText());
        }
        String relation = json.has("Relation Name") ? json.get("Relation Name").asText()
                : json.has("CTE Name") ? json.get("CTE Name").asText()
                : json.has("Function Name") ? json.get("Function Name").asText() : "";
        if (!relation.isEmpty()) {
            target.append(target.isEmpty() ? "" : " ").append("on ").append(relation);
            String alias = json.path("Alias").asText("");
            if (!alias.isEmpty() && !alias.equals(relation)) {
                target.append(' ').append(alias);
            }
        }
        return target.toString();
    }

    private static Double number(JsonNode json, String field) {
        return json.has(field) ? json.get(field).asDouble() : null;
    }
}
