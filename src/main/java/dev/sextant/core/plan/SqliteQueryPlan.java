package dev.sextant.core.plan;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SQLite's {@code EXPLAIN QUERY PLAN}: rows of (id, parent, detail) that form a tree, read into
 * plan steps under one root. SQLite gives no costs and has no ANALYZE of a single statement.
 */
public final class SqliteQueryPlan {

    private SqliteQueryPlan() {
    }

    /** The plan of {@code sql}, which SQLite prepares but does not run. */
    public static Plan read(Connection connection, String sql, String how) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
            while (rs.next()) {
                rows.add(new Row(rs.getInt("id"), rs.getInt("parent"), rs.getString("detail")));
            }
        }
        return fromRows(rows, how);
    }

    /** One row of the answer, as SQLite numbers it. */
    record Row(int id, int parent, String detail) {
    }

    static Plan fromRows(List<Row> rows, String how) {
        Map<Integer, List<Row>> byParent = new LinkedHashMap<>();
        for (Row row : rows) {
            byParent.computeIfAbsent(row.parent(), p -> new ArrayList<>()).add(row);
        }
        StringBuilder raw = new StringBuilder("QUERY PLAN\n");
        PlanNode root = new PlanNode("QUERY PLAN", "", null, null, children(0, byParent, raw, 0));
        return new Plan(root, null, null, raw.toString(), how);
    }

    private static List<PlanNode> children(int parent, Map<Integer, List<Row>> byParent, StringBuilder raw, int depth) {
        List<PlanNode> nodes = new ArrayList<>();
        for (Row row : byParent.getOrDefault(parent, List.of())) {
            // As the sqlite3 shell draws it, so the text view reads like the shell.
            raw.append("  ".repeat(depth)).append("|--").append(row.detail()).append('\n');
            List<PlanNode> under = row.id() == parent ? List.of() : children(row.id(), byParent, raw, depth + 1);
            nodes.add(new PlanNode(row.detail(), "", null, null, under));
        }
        return nodes;
    }
}
