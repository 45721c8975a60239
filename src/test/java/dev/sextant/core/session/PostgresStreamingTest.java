package dev.sextant.core.session;

import dev.sextant.testsupport.PostgresSessionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Results streamed from the suite's PostgreSQL with a cursor, in autocommit and manual mode. */
class PostgresStreamingTest {

    @RegisterExtension
    static final PostgresSessionExtension db = new PostgresSessionExtension("streaming_test",
            "DROP SEQUENCE IF EXISTS tickets", "CREATE SEQUENCE tickets");

    @Test
    void aMillionRowQueryReturnsItsFirstPageAndHoldsTheRestOnTheServer(SqlSession session) throws SQLException {
        Outcome.Rows rows = (Outcome.Rows) session.execute("SELECT g, md5(g::text) FROM generate_series(1, 1000000) g").get(0);
        assertEquals(SqlSession.FIRST_PAGE, rows.result().rows().size());
        assertTrue(rows.hasMore());
        SessionStatus status = session.status();
        assertTrue(status.readingResults(), "autocommit mode reads inside Sextant's own transaction");
        assertEquals(TransactionState.IN_TRANSACTION, status.transaction());
        assertFalse(status.hasOpenTransaction(), "nothing of the user's to commit or roll back");

        List<Object[]> next = session.fetch(rows.rest(), 5000);
        assertEquals(5000, next.size());
        assertEquals(1001, ((Number) next.get(0)[0]).intValue());
    }

    @Test
    void closingTheResultEndsTheReadingTransactionAndKeepsNextvalsEffect(SqlSession session) throws SQLException {
        Outcome.Rows rows = (Outcome.Rows) session.execute(
                "SELECT nextval('tickets') FROM generate_series(1, 5000)").get(0);
        assertTrue(rows.hasMore());
        session.closeStreams();
        assertEquals(TransactionState.IDLE, session.status().transaction());
        assertTrue(session.status().autocommit());
        try (Connection other = db.server().connect(db.database()); Statement s = other.createStatement();
             ResultSet rs = s.executeQuery("SELECT last_value >= 1000 FROM tickets")) {
            rs.next();
            assertTrue(rs.getBoolean(1), "the reading transaction was committed, not rolled back");
        }
    }

    @Test
    void readingToTheEndEndsTheReadingTransaction(SqlSession session) throws SQLException {
        Outcome.Rows rows = (Outcome.Rows) session.execute("SELECT g FROM generate_series(1, 2500) g").get(0);
        session.fetch(rows.rest(), 10_000);
        assertFalse(rows.hasMore());
        assertEquals(TransactionState.IDLE, session.status().transaction());
    }

    @Test
    void inManualModeTheResultStreamsInsideTheUsersTransaction(SqlSession session) throws SQLException {
        session.setAutoCommit(false);
        session.execute("CREATE TEMP TABLE t AS SELECT 1 AS a");
        Outcome.Rows rows = (Outcome.Rows) session.execute("SELECT g FROM generate_series(1, 3000) g").get(0);
        assertTrue(rows.hasMore());
        assertFalse(session.status().readingResults());
        assertTrue(session.status().hasOpenTransaction());
        assertEquals(2000, session.fetch(rows.rest(), 10_000).size());
        assertTrue(session.status().hasOpenTransaction(), "the user's transaction stays open");
        session.rollback();
    }

    @Test
    void afterATypedBeginAResultStreamsAndTheModeStaysAutocommit(SqlSession session) throws SQLException {
        session.execute("BEGIN");
        // Row 1,501 fails: only a result read one page at a time can show its first 1,000 rows.
        Outcome.Rows rows = (Outcome.Rows) session.execute(
                "SELECT CASE WHEN g > 1500 THEN g / (g - g) ELSE g END FROM generate_series(1, 3000) g").get(0);
        assertEquals(1000, rows.result().rows().size());
        assertTrue(rows.hasMore());
        SessionStatus status = session.status();
        assertTrue(status.autocommit(), "the toolbar still shows autocommit");
        assertTrue(status.hasOpenTransaction(), "the user's BEGIN is open");
        assertFalse(status.readingResults(), "the transaction is the user's, not one of Sextant's own");
        session.execute("ROLLBACK");
        assertDoesNotThrowStatus();
    }

    @Test
    void aTypedCommitOrTheCommitButtonGivesBackAutocommit(SqlSession session) throws SQLException {
        session.execute("CREATE TABLE IF NOT EXISTS typed_begin (a int)");
        session.execute("TRUNCATE typed_begin");
        session.execute("BEGIN");
        session.execute("INSERT INTO typed_begin VALUES (1)");
        session.execute("COMMIT");
        session.execute("INSERT INTO typed_begin VALUES (2)");
        assertEquals(2, countFromAnotherConnection("typed_begin"), "the INSERT after COMMIT was committed on its own");

        session.execute("BEGIN");
        session.execute("INSERT INTO typed_begin VALUES (3)");
        assertEquals(2, countFromAnotherConnection("typed_begin"), "inside the BEGIN nothing is committed yet");
        session.commit();
        session.execute("INSERT INTO typed_begin VALUES (4)");
        assertEquals(4, countFromAnotherConnection("typed_begin"));
        assertDoesNotThrowStatus();
        session.execute("DROP TABLE typed_begin");
    }

    private static long countFromAnotherConnection(String table) throws SQLException {
        try (Connection c = db.endpoint().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aFailingQueryInAutocommitLeavesNothingOpen(SqlSession session) {
        assertThrows(SQLException.class, () -> session.execute("SELECT 1/0 FROM generate_series(1, 10)"));
        assertDoesNotThrowStatus();
    }

    @Test
    void typedTransactionControlIsNeverWrapped(SqlSession session) throws SQLException {
        session.execute("BEGIN");
        assertTrue(session.status().hasOpenTransaction(), "a typed BEGIN is the user's transaction");
        session.execute("ROLLBACK");
        assertEquals(TransactionState.IDLE, session.status().transaction());
    }

    private void assertDoesNotThrowStatus() {
        try {
            assertEquals(TransactionState.IDLE, db.session().status().transaction());
            assertTrue(db.session().status().autocommit());
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
