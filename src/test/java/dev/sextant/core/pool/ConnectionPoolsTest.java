package dev.sextant.core.pool;

import com.zaxxer.hikari.HikariDataSource;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two users of one real server: disconnecting one must leave the other's pools alone. */
class ConnectionPoolsTest {

    private static final String ROSE = "pools_rose";
    private static final String ROSE_PASSWORD = "rose-" + System.nanoTime();
    private static final TestPostgres PG = TestPostgres.get();

    @BeforeAll
    static void createSecondUser() throws SQLException {
        try (Connection c = PG.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP ROLE IF EXISTS " + ROSE);
            s.execute("CREATE ROLE " + ROSE + " LOGIN PASSWORD '" + ROSE_PASSWORD + "'");
        }
    }

    @AfterAll
    static void dropSecondUser() throws SQLException {
        try (Connection c = PG.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP ROLE IF EXISTS " + ROSE);
        }
    }

    @Test
    void disconnectingOneUserKeepsAnotherUsersPoolsOnTheSameServer() throws SQLException {
        Endpoint admin = PG.endpoint("postgres");
        Endpoint rose = new Endpoint(ConnectionSpec.postgres(PG.host(), PG.port(), "postgres", ROSE), ROSE_PASSWORD);
        try (ConnectionPools pools = new ConnectionPools()) {
            DataSource adminPool = pools.poolFor(admin);
            DataSource rosePool = pools.poolFor(rose);
            assertEquals(ROSE, currentUser(rosePool));

            pools.closeFor(rose.forDatabase(""));

            assertTrue(((HikariDataSource) rosePool).isClosed(), "rose's pool stays open");
            assertFalse(((HikariDataSource) adminPool).isClosed(), "closing rose closed the admin's pool");
            assertEquals(PG.user(), currentUser(pools.poolFor(admin)));
        }
    }

    @Test
    void closingAConnectionClosesEachOfItsDatabases() throws SQLException {
        Endpoint admin = PG.endpoint("postgres");
        try (ConnectionPools pools = new ConnectionPools()) {
            DataSource first = pools.poolFor(admin);
            DataSource second = pools.poolFor(admin.forDatabase("template1"));

            pools.closeFor(admin);

            assertTrue(((HikariDataSource) first).isClosed());
            assertTrue(((HikariDataSource) second).isClosed());
        }
    }

    private static String currentUser(DataSource pool) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
