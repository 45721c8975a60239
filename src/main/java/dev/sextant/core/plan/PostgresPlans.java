package dev.sextant.core.plan;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** PostgreSQL: {@code EXPLAIN (FORMAT JSON)}, with ANALYZE and BUFFERS when the statement is measured. */
final class PostgresPlans implements PlanSource {

    @Override
    public boolean canAnalyze() {
        return true;
    }

    @Override
    public Plan explain(Connection connection, String sql, boolean analyze, String how, PlanCancel cancel)
            throws Exception {
        String options = analyze ? "(ANALYZE, BUFFERS, FORMAT JSON) " : "(FORMAT JSON) ";
        try (Statement s = cancel.watch(connection.createStatement());
             ResultSet rs = s.executeQuery("EXPLAIN " + options + sql)) {
            StringBuilder json = new StringBuilder();
            while (rs.next()) {
                json.append(rs.getString(1));
            }
            return PostgresPlanJson.parse(json.toString(), how);
        } finally {
            cancel.finished();
        }
    }
}
