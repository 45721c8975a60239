package dev.sextant.core.admin;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.sql.Identifiers;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * GRANT and REVOKE of privileges on a table, all tables of a schema, or a database, and who
 * holds what on a table. Each runs on a connection of its own to the target's database.
 */
public final class Grants {

    // acldefault stands in for a NULL ACL: the owner holds everything until someone grants or revokes.
    private static final String HOLDERS = """
            SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END,
                   a.privilege_type, pg_get_userbyid(a.grantor), a.is_grantable
            FROM pg_class c, aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
            WHERE c.oid = ?::regclass
            ORDER BY 1, 2""";

    private final Endpoint endpoint;

    public Grants(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** GRANT {@code privileges} ON {@code target} TO {@code role}. */
    public void grant(GrantTarget target, Set<Privilege> privileges, String role) throws SQLException {
        run(target, "GRANT " + list(target, privileges) + " ON " + target.sql() + " TO " + Identifiers.quote(role));
    }

    /** REVOKE {@code privileges} ON {@code target} FROM {@code role}. */
    public void revoke(GrantTarget target, Set<Privilege> privileges, String role) throws SQLException {
        run(target, "REVOKE " + list(target, privileges) + " ON " + target.sql() + " FROM " + Identifiers.quote(role));
    }

    /** Every privilege on one table, one row per role and privilege. */
    public List<PrivilegeHolder> holders(String database, String schema, String table) throws SQLException {
        List<PrivilegeHolder> holders = new ArrayList<>();
        try (Connection c = OwnConnection.to(endpoint, database); PreparedStatement ps = c.prepareStatement(HOLDERS)) {
            ps.setString(1, Identifiers.qualified(schema, table));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    holders.add(new PrivilegeHolder(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                }
            }
        }
        return holders;
    }

    /**
     * The server's roles a grant can name (PostgreSQL's own {@code pg_*} roles left out), by name,
     * read through {@code pool} (a metadata pool: no transaction of the user's is touched).
     */
    public static List<String> roleNames(DataSource pool) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT rolname FROM pg_roles WHERE rolname !~ '^pg_' ORDER BY rolname");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private void run(GrantTarget target, String sql) throws SQLException {
        try (Connection c = OwnConnection.to(endpoint, target.database())) {
            OwnConnection.execute(c, sql);
        }
    }

    /** The privilege keywords, checked against the target so a wrong pair fails here, plainly. */
    private static String list(GrantTarget target, Set<Privilege> privileges) {
        if (privileges.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one privilege");
        }
        for (Privilege p : privileges) {
            if (!target.accepts(p)) {
                throw new IllegalArgumentException(p + " cannot be granted on " + target.sql());
            }
        }
        return privileges.contains(Privilege.ALL) ? Privilege.ALL.sql()
                : new TreeSet<>(privileges).stream().map(Privilege::sql).collect(Collectors.joining(", "));
    }
}
