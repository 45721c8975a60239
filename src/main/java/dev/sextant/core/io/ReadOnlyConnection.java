package dev.sextant.core.io;

import dev.sextant.core.connect.Endpoint;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A new connection for running a statement again to export it, which refuses to write: an
 * export of {@code INSERT … RETURNING} must fail, never insert the rows a second time.
 */
final class ReadOnlyConnection {

    private ReadOnlyConnection() {
    }

    static Connection open(Endpoint endpoint) throws SQLException {
        Connection connection = endpoint.connect();
        try (Statement s = connection.createStatement()) {
            s.execute(endpoint.jdbc().readOnlySessionSql());
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }
}
