package dev.sextant.core.admin;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.pool.ConnectionPools;
import dev.sextant.core.sql.Identifiers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Creates and drops PostgreSQL databases. Each statement runs in autocommit on a connection of
 * its own to the maintenance database, whatever mode the user's editor is in, so an open editor
 * transaction is neither committed, nor blocked, nor able to block the statement.
 */
public final class DatabaseAdmin {

    private static final String OTHER_SESSIONS =
            "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()";

    private final Endpoint endpoint;
    private final ConnectionPools pools;

    /** Works on {@code endpoint}'s server; closes {@code pools}' pool for a database before dropping it. */
    public DatabaseAdmin(Endpoint endpoint, ConnectionPools pools) {
        this.endpoint = endpoint;
        this.pools = pools;
    }

    /** CREATE DATABASE with the chosen owner, template and encoding. */
    public void create(NewDatabase database) throws SQLException {
        StringBuilder sql = new StringBuilder("CREATE DATABASE ").append(Identifiers.quote(database.name()));
        appendOption(sql, "OWNER", database.owner());
        appendOption(sql, "TEMPLATE", database.template());
        try (Connection c = OwnConnection.toMaintenance(endpoint)) {
            if (present(database.encoding())) {
                checkEncoding(c, database.encoding());
                // The grammar takes the encoding as a name as well as a string, so it goes through the quoting helper.
                appendOption(sql, "ENCODING", database.encoding());
            }
            OwnConnection.execute(c, sql.toString());
        }
    }

    /** DROP DATABASE; fails, as the server decides, while other sessions are connected to it. */
    public void drop(String name) throws SQLException {
        drop(name, false);
    }

    /** DROP DATABASE, with {@code force} first ending the other sessions connected to it (WITH (FORCE)). */
    public void drop(String name, boolean force) throws SQLException {
        pools.closeDatabase(endpoint.forDatabase(name));
        try (Connection c = OwnConnection.toMaintenance(endpoint)) {
            OwnConnection.execute(c, "DROP DATABASE " + Identifiers.quote(name) + (force ? " WITH (FORCE)" : ""));
        }
    }

    /**
     * How many sessions other than the asking one are connected to {@code name}, from
     * pg_stat_activity: what the drop dialog tells the user before they confirm. Sextant's own
     * idle tree pool for that database is closed first (the tree reopens it on demand), so it
     * neither counts nor blocks the drop; editor tabs connected to it do count.
     */
    public int otherSessions(String name) throws SQLException {
        pools.closeDatabase(endpoint.forDatabase(name));
        try (Connection c = OwnConnection.toMaintenance(endpoint);
             PreparedStatement ps = c.prepareStatement(OTHER_SESSIONS)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void checkEncoding(Connection c, String encoding) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_char_to_encoding(?) >= 0")) {
            ps.setString(1, encoding);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    throw new SQLException("PostgreSQL has no encoding called " + encoding + ".", "22023");
                }
            }
        }
    }

    private static void appendOption(StringBuilder sql, String option, String value) {
        if (present(value)) {
            sql.append(' ').append(option).append(' ').append(Identifiers.quote(value));
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
