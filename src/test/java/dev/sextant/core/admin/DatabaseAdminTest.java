package dev.sextant.core.admin;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.meta.CatalogNode;
import dev.sextant.core.pool.ConnectionPools;
import dev.sextant.core.postgres.PostgresCatalog;
import dev.sextant.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static dev.sextant.testsupport.TreeWalk.find;
import static dev.sextant.testsupport.TreeWalk.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** CREATE / DROP DATABASE on a connection of their own, next to a user's open transaction. */
class DatabaseAdminTest {

    private static final String NEW_DB = "Made By Admin";
    private static final CatalogNode ROOT = CatalogNode.connection("test");
    private TestPostgres server;
    private ConnectionPools pools;
    private DatabaseAdmin admin;
    private PostgresCatalog catalog;

    @BeforeEach
    void setUp() throws SQLException {
        server = TestPostgres.get();
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + NEW_DB + "\"");
            s.execute("DROP TABLE IF EXISTS admin_work");
            s.execute("CREATE TABLE admin_work (note text)");
        }
        Endpoint endpoint = server.endpoint("postgres");
        pools = new ConnectionPools();
        admin = new DatabaseAdmin(endpoint, pools);
        catalog = new PostgresCatalog(pools, endpoint);
    }

    @AfterEach
    void tearDown() {
        pools.close();
    }

    @Test
    void createAndDropLeaveAnOpenTransactionOfTheSameUserUntouched() throws SQLException {
        try (Connection editor = server.connect("postgres")) {
            editor.setAutoCommit(false);
            execute(editor, "INSERT INTO admin_work VALUES ('uncommitted')");

            admin.create(new NewDatabase(NEW_DB, "postgres", "template0", "UTF8"));
            CatalogNode created = find(catalog, ROOT, NEW_DB);
            assertEquals("UTF8", created.facts().get("Encoding"));
            assertEquals("postgres", created.facts().get("Owner"));
            assertEquals(List.of("public"), names(catalog, created), "the new database opens through its own pool");

            assertEquals(0, admin.otherSessions(NEW_DB), "the tree's own pool is not someone else");
            try (Connection visitor = server.connect(NEW_DB)) {
                assertEquals(1, admin.otherSessions(NEW_DB));
                SQLException busy = assertThrows(SQLException.class, () -> admin.drop(NEW_DB));
                assertEquals("55006", busy.getSQLState(), "the server refuses while someone is connected");
            }
            admin.drop(NEW_DB);
            assertFalse(names(catalog, ROOT).contains(NEW_DB));

            assertEquals(1, count(editor, "SELECT count(*) FROM admin_work"), "the editor's row is still there");
            assertEquals(0, countElsewhere(), "and still uncommitted");
            editor.commit();
            assertEquals(1, countElsewhere(), "and it commits");
        }
    }

    @Test
    void dropWithForceEndsTheOtherSessions() throws SQLException {
        admin.create(NewDatabase.named(NEW_DB));
        try (Connection visitor = server.connect(NEW_DB)) {
            admin.drop(NEW_DB, true);
            assertFalse(visitor.isValid(2), "the visitor was disconnected");
        }
        assertFalse(names(catalog, ROOT).contains(NEW_DB));
    }

    @Test
    void anUnknownEncodingIsRefusedBeforeAnySqlIsBuilt() {
        SQLException e = assertThrows(SQLException.class,
                () -> admin.create(new NewDatabase(NEW_DB, null, "template0", "UTF8' TEMPLATE template1 --")));
        assertEquals("22023", e.getSQLState());
    }

    private long countElsewhere() throws SQLException {
        try (Connection other = server.connect("postgres")) {
            return count(other, "SELECT count(*) FROM admin_work");
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
