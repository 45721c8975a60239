package dev.sextant.core.session;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.meta.CatalogNode;
import dev.sextant.core.pool.ConnectionPools;
import dev.sextant.core.postgres.PostgresCatalog;
import dev.sextant.core.result.QueryResult;
import dev.sextant.testsupport.PostgresSessionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Against the run's throwaway PostgreSQL, over TCP, with its scram-sha-256 password. */
class PostgresSessionTest {

    @RegisterExtension
    static final PostgresSessionExtension db = new PostgresSessionExtension("session_test",
            "DROP TABLE IF EXISTS students",
            "CREATE TABLE students (id serial PRIMARY KEY, name text NOT NULL, grade numeric(4,1))");

    @Test
    void connectsOverTcpWithThePasswordAndRoundTripsParameters(Endpoint endpoint) throws SQLException {
        try (Connection c = endpoint.connect()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO students (name, grade) VALUES (?, ?)")) {
                insert.setString(1, "Rose O'Neil; DROP TABLE students --");
                insert.setBigDecimal(2, new java.math.BigDecimal("91.5"));
                assertEquals(1, insert.executeUpdate());
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name, grade, inet_server_port(), "
                         + "(SELECT auth_method FROM pg_hba_file_rules WHERE type = 'host' LIMIT 1) FROM students")) {
                assertTrue(rs.next());
                assertEquals("Rose O'Neil; DROP TABLE students --", rs.getString(1));
                assertEquals(new java.math.BigDecimal("91.5"), rs.getBigDecimal(2));
                assertEquals(db.server().port(), rs.getInt(3), "connected over TCP");
                assertEquals("scram-sha-256", rs.getString(4));
            }
        }
    }

    @Test
    void aWrongPasswordIsOnePlainSentence(Endpoint endpoint) {
        Endpoint wrong = new Endpoint(endpoint.spec(), "not-the-password");
        SQLException e = assertThrows(SQLException.class, wrong::connect);
        assertEquals("Password authentication failed for user \"postgres\".", PlainError.of(e).sentence());
        assertTrue(!PlainError.of(e).detail().contains("not-the-password"), "no password in the details");
    }

    @Test
    void transactionStateIsReadBackFromTheServer(SqlSession session) throws SQLException {
        session.setAutoCommit(false);
        assertEquals(TransactionState.IDLE, session.status().transaction());
        session.execute("INSERT INTO students (name) VALUES ('ada')");
        assertEquals(TransactionState.IN_TRANSACTION, session.status().transaction());
        assertEquals(0, countFromAnotherConnection(), "uncommitted rows are invisible to others");

        assertThrows(SQLException.class, () -> session.execute("SELECT * FROM no_such_table"));
        assertEquals(TransactionState.FAILED, session.status().transaction());
        SQLException blocked = assertThrows(SQLException.class, () -> session.execute("SELECT 1"));
        assertEquals("25P02", PlainError.of(blocked).sqlState());

        assertEquals(TransactionState.IDLE, session.rollback().status().transaction());
        assertEquals(0, countFromAnotherConnection());
    }

    @Test
    void typedBeginAndCommitShowInTheState(SqlSession session) throws SQLException {
        session.execute("BEGIN");
        assertEquals(TransactionState.IN_TRANSACTION, session.status().transaction());
        session.execute("INSERT INTO students (name) VALUES ('grace')");
        session.execute("COMMIT");
        assertEquals(TransactionState.IDLE, session.status().transaction());
        assertEquals(1, countFromAnotherConnection());
    }

    @Test
    void commitMakesTheRowVisible(SqlSession session) throws SQLException {
        session.setAutoCommit(false);
        List<Outcome> outcomes = session.execute("INSERT INTO students (name) VALUES ('linus'), ('ken')");
        assertEquals("INSERT: 2 rows", assertInstanceOf(Outcome.UpdateCount.class, outcomes.get(0)).describe());
        session.commit();
        assertEquals(2, countFromAnotherConnection());
    }

    @Test
    void typoGivesTheServersSentenceAndPosition(SqlSession session) {
        SQLException e = assertThrows(SQLException.class, () -> session.execute("SELECT * FROM students WHER id = 1"));
        PlainError plain = PlainError.of(e);
        assertEquals("Syntax error at or near \"id\".", plain.sentence());
        assertEquals("42601", plain.sqlState());
        assertEquals("SELECT * FROM students WHER id = 1".indexOf("id =") + 1, plain.position());
    }

    @Test
    void noticesComeBackInOrder(SqlSession session) throws SQLException {
        List<Outcome> outcomes = session.execute("DO $$ BEGIN RAISE NOTICE 'first'; RAISE NOTICE 'second'; END $$");
        assertEquals(List.of("first", "second"), outcomes.stream()
                .filter(Outcome.Notice.class::isInstance).map(o -> ((Outcome.Notice) o).text()).toList());
    }

    @Test
    void readOnlyConnectionsAreRefusedByTheServerEvenInAutocommit(Endpoint endpoint) throws SQLException {
        try (SqlSession readOnly = SqlSession.open(
                new Endpoint(endpoint.spec().withReadOnly(true), db.server().password()))) {
            SQLException e = assertThrows(SQLException.class,
                    () -> readOnly.execute("INSERT INTO students (name) VALUES ('nope')"));
            assertEquals("25006", PlainError.of(e).sqlState());
            List<Outcome> rows = readOnly.execute("SELECT count(*) FROM students");
            QueryResult result = assertInstanceOf(Outcome.Rows.class, rows.get(0)).result();
            assertEquals(0L, result.rows().get(0)[0]);
        }
    }

    @Test
    void theCatalogListsSchemasTablesAndColumnsThroughThePool(Endpoint endpoint) throws SQLException {
        try (ConnectionPools pools = new ConnectionPools()) {
            PostgresCatalog catalog = new PostgresCatalog(pools, endpoint);
            CatalogNode database = child(catalog, CatalogNode.connection("test"), db.database());
            CatalogNode publicSchema = child(catalog, database, "public");
            CatalogNode students = child(catalog, child(catalog, publicSchema, "Tables"), "students");
            assertEquals(List.of("id : integer, not null", "name : text, not null", "grade : numeric(4,1)"),
                    catalog.children(child(catalog, students, "Columns")).stream().map(CatalogNode::label).toList());
        }
    }

    private static CatalogNode child(PostgresCatalog catalog, CatalogNode parent, String name) throws SQLException {
        List<CatalogNode> children = catalog.children(parent);
        return children.stream().filter(n -> n.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + children));
    }

    private long countFromAnotherConnection() throws SQLException {
        try (Connection c = db.endpoint().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM students")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
