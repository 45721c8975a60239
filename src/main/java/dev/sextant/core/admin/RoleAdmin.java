package dev.sextant.core.admin;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.sql.Identifiers;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Creates and drops PostgreSQL roles and sets their passwords, each on a connection of its own.
 * A password is never written into SQL text: pgjdbc computes the SCRAM-SHA-256 verifier on the
 * client ({@link PGConnection#alterUserPassword}), so neither the statement log nor the server
 * ever sees the clear password.
 */
public final class RoleAdmin {

    // pgjdbc 42.7.8 matches password_encryption's spelling exactly: "SCRAM-SHA-256" is refused.
    private static final String SCRAM = "scram-sha-256";
    // Databases where the role owns objects or holds privileges (dbid 0 are shared objects, reachable from any).
    private static final String DEPENDENT_DATABASES = """
            SELECT DISTINCT d.datname FROM pg_shdepend s JOIN pg_database d ON d.oid = s.dbid
            WHERE s.refclassid = 'pg_authid'::regclass AND s.refobjid = (SELECT oid FROM pg_roles WHERE rolname = ?)
              AND d.datallowconn
            ORDER BY 1""";

    private final Endpoint endpoint;

    public RoleAdmin(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** CREATE ROLE, then the password if one is given (the array is cleared afterwards). Both or neither. */
    public void create(NewRole role, char[] password) throws SQLException {
        String sql = "CREATE ROLE " + Identifiers.quote(role.name())
                + (role.login() ? " LOGIN" : " NOLOGIN")
                + (role.createDatabase() ? " CREATEDB" : " NOCREATEDB")
                + (role.inherit() ? " INHERIT" : " NOINHERIT");
        try (Connection c = OwnConnection.toMaintenance(endpoint)) {
            c.setAutoCommit(false);
            try {
                OwnConnection.execute(c, sql);
                if (password != null && password.length > 0) {
                    c.unwrap(PGConnection.class).alterUserPassword(role.name(), password, SCRAM);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } finally {
            clear(password);
        }
    }

    /**
     * Drops a role after cleaning up after it: in every database where it owns objects or holds
     * privileges, its objects pass to the current user (REASSIGN OWNED) and its privileges are
     * revoked (DROP OWNED). Without this DROP ROLE fails as soon as the role was granted anything.
     */
    public void drop(String role) throws SQLException {
        String quoted = Identifiers.quote(role);
        Set<String> databases = new LinkedHashSet<>(dependentDatabases(role));
        if (endpoint.spec().database() != null) {
            databases.add(endpoint.spec().database());
        }
        for (String database : databases) {
            try (Connection c = OwnConnection.to(endpoint, database)) {
                OwnConnection.execute(c, "REASSIGN OWNED BY " + quoted + " TO CURRENT_USER");
                OwnConnection.execute(c, "DROP OWNED BY " + quoted);
            }
        }
        try (Connection c = OwnConnection.toMaintenance(endpoint)) {
            OwnConnection.execute(c, "DROP ROLE " + quoted);
        }
    }

    private List<String> dependentDatabases(String role) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = OwnConnection.toMaintenance(endpoint);
             PreparedStatement ps = c.prepareStatement(DEPENDENT_DATABASES)) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    private static void clear(char[] password) {
        if (password != null) {
            java.util.Arrays.fill(password, '\0');
        }
    }
}
