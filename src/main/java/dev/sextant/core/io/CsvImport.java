package dev.sextant.core.io;

import dev.sextant.core.session.SqlSession;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.BooleanSupplier;

/**
 * Imports a CSV file into a table on a tab's own session as one all-or-nothing step: in
 * autocommit the whole import (CREATE TABLE included) is one transaction, so a failure leaves no
 * table and no row; in manual mode it joins the open transaction and waits for Commit.
 */
public final class CsvImport {

    private CsvImport() {
    }

    /** Returns the rows the database stored. */
    public static long run(SqlSession session, ImportPlan plan, ImportProgress progress, BooleanSupplier cancelled)
            throws Exception {
        try {
            return session.runAsOneStep(connection -> {
                if (!plan.createTableSql().isEmpty()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute(plan.createTableSql());
                    }
                }
                return plan.transfer().load(connection, plan, progress, cancelled);
            }, rows -> rows);
        } catch (SQLException e) {
            throw plan.transfer().explainLoadFailure(plan, e);
        }
    }
}
