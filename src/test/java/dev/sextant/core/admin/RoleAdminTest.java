package dev.sextant.core.admin;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.testsupport.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A read-only user made by clicking: created with a password, granted, checked by logging in as it. */
class RoleAdminTest {

    private static final String DATABASE = "grants_test";
    private static final String ROLE = "Reader One";
    private static final String PASSWORD = "correct horse 'battery' \"staple\"";
    private TestPostgres server;
    private RoleAdmin roles;
    private Grants grants;

    @BeforeEach
    void setUp() throws SQLException {
        server = TestPostgres.get();
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("DROP ROLE IF EXISTS \"" + ROLE + "\"");
            s.execute("CREATE DATABASE " + DATABASE);
        }
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE secrets (id int, word text)");
            s.execute("INSERT INTO secrets VALUES (1, 'swordfish')");
            s.execute("CREATE TABLE other (id int)");
        }
        Endpoint admin = server.endpoint("postgres");
        roles = new RoleAdmin(admin);
        grants = new Grants(admin);
    }

    @Test
    void aUserGrantedSelectCanReadButNotWriteUntilRevoked() throws SQLException {
        char[] password = PASSWORD.toCharArray();
        roles.create(NewRole.user(ROLE), password);
        assertArrayEquals(new char[PASSWORD.length()], password, "the caller's copy of the password is wiped");
        assertEquals("SCRAM-SHA-256$", superuserText("SELECT left(rolpassword, 14) FROM pg_authid WHERE rolname = '" + ROLE + "'"),
                "the server holds a SCRAM verifier, computed by the client");

        GrantTarget secrets = GrantTarget.table(DATABASE, "public", "secrets");
        grants.grant(secrets, Set.of(Privilege.SELECT), ROLE);
        assertTrue(grants.holders(DATABASE, "public", "secrets")
                .contains(new PrivilegeHolder(ROLE, "SELECT", "postgres", false)));
        assertFalse(grants.holders(DATABASE, "public", "secrets").stream()
                .anyMatch(h -> h.role().equals(ROLE) && !h.privilege().equals("SELECT")));

        try (Connection asRole = connectAsRole(); Statement s = asRole.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT word FROM secrets")) {
                assertTrue(rs.next());
                assertEquals("swordfish", rs.getString(1));
            }
            SQLException denied = assertThrows(SQLException.class, () -> s.execute("INSERT INTO secrets VALUES (2, 'x')"));
            assertEquals("42501", denied.getSQLState());
            assertEquals("42501", assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM other")).getSQLState());
        }

        grants.revoke(secrets, Set.of(Privilege.SELECT), ROLE);
        assertTrue(grants.holders(DATABASE, "public", "secrets").stream().noneMatch(h -> h.role().equals(ROLE)));
        try (Connection asRole = connectAsRole(); Statement s = asRole.createStatement()) {
            assertEquals("42501", assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM secrets")).getSQLState());
        }
    }

    @Test
    void schemaWideAndDatabaseGrantsAndTheirRevokes() throws SQLException {
        roles.create(new NewRole(ROLE, true, true, false), PASSWORD.toCharArray());
        grants.grant(GrantTarget.allTablesIn(DATABASE, "public"), Set.of(Privilege.SELECT, Privilege.INSERT), ROLE);
        assertTrue(grants.holders(DATABASE, "public", "other").contains(new PrivilegeHolder(ROLE, "INSERT", "postgres", false)));
        grants.grant(GrantTarget.database(DATABASE), Set.of(Privilege.CREATE, Privilege.TEMPORARY), ROLE);
        assertEquals("t", superuserText("SELECT has_database_privilege('" + ROLE + "', '" + DATABASE + "', 'CREATE')"));
        assertEquals("t", superuserText("SELECT rolcreatedb AND NOT rolinherit FROM pg_roles WHERE rolname = '" + ROLE + "'"));

        grants.revoke(GrantTarget.database(DATABASE), Set.of(Privilege.ALL), ROLE);
        assertEquals("f", superuserText("SELECT has_database_privilege('" + ROLE + "', '" + DATABASE + "', 'CREATE')"));
        grants.revoke(GrantTarget.allTablesIn(DATABASE, "public"), Set.of(Privilege.ALL), ROLE);
        assertTrue(grants.holders(DATABASE, "public", "other").stream().noneMatch(h -> h.role().equals(ROLE)));
        assertThrows(IllegalArgumentException.class,
                () -> grants.grant(GrantTarget.database(DATABASE), Set.of(Privilege.SELECT), ROLE));
    }

    @Test
    void dropRoleCleansUpItsGrantsAndOwnedObjectsFirst() throws SQLException {
        roles.create(NewRole.user(ROLE), PASSWORD.toCharArray());
        grants.grant(GrantTarget.table(DATABASE, "public", "secrets"), Set.of(Privilege.ALL), ROLE);
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE other OWNER TO \"" + ROLE + "\"");
        }
        roles.drop(ROLE);
        assertEquals("0", superuserText("SELECT count(*) FROM pg_roles WHERE rolname = '" + ROLE + "'"));
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'other'")) {
            assertTrue(rs.next());
            assertEquals("postgres", rs.getString(1), "its table passed to the user who dropped it");
        }
    }

    private Connection connectAsRole() throws SQLException {
        return new Endpoint(ConnectionSpec.postgres(server.host(), server.port(), DATABASE, ROLE), PASSWORD).connect();
    }

    private String superuserText(String sql) throws SQLException {
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
