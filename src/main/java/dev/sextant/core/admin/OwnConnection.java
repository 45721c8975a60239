package dev.sextant.core.admin;

import dev.sextant.core.connect.Endpoint;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh connection of its own for an administrative statement, in autocommit. CREATE DATABASE
 * and DROP DATABASE refuse to run inside a transaction block, and none of these statements may
 * ride along in the user's editor transaction or a pooled connection, so each gets its own.
 */
final class OwnConnection {

    private static final String MAINTENANCE_DATABASE = "postgres";

    private OwnConnection() {
    }

    /** A new autocommit connection to {@code database}. */
    static Connection to(Endpoint endpoint, String database) throws SQLException {
        Connection c = endpoint.forDatabase(database).connect();
        try {
            c.setAutoCommit(true);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    /** The maintenance database {@code postgres}, or the endpoint's own database if that one does not exist. */
    static Connection toMaintenance(Endpoint endpoint) throws SQLException {
        try {
            return to(endpoint, MAINTENANCE_DATABASE);
        } catch (SQLException e) {
            String own = endpoint.spec().database();
            if (!"3D000".equals(e.getSQLState()) || own == null) {
                throw e;
            }
            return to(endpoint, own);
        }
    }

    /** Runs one statement built only from keywords and quoted identifiers. */
    static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
