package dev.sextant.core.session;

import dev.sextant.testsupport.PostgresSessionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Transactions on the suite's PostgreSQL, each effect checked from a second connection. */
class PostgresTransactionTest {

    @RegisterExtension
    static final PostgresSessionExtension db = new PostgresSessionExtension("tx_test",
            "DROP TABLE IF EXISTS items",
            "CREATE TABLE items (id int PRIMARY KEY, name text)",
            "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 1000) g");

    @Test
    void withTheSavepointOptionOneTypoDoesNotThrowAwayTheRest(SqlSession session) throws SQLException {
        session.setRollbackFailedStatementOnly(true);
        session.setAutoCommit(false);
        session.execute("INSERT INTO items VALUES (1001, 'kept')");
        assertThrows(SQLException.class, () -> session.execute("INSERT INTO items VALUES (1, 'duplicate key')"));
        assertEquals(TransactionState.IN_TRANSACTION, session.status().transaction(), "not Failed");
        session.execute("INSERT INTO items VALUES (1002, 'also kept')");
        session.commit();
        assertEquals(2, count("SELECT count(*) FROM items WHERE id > 1000"));
    }

    @Test
    void withoutTheOptionAnErrorFailsTheTransactionUntilRollback(SqlSession session) throws SQLException {
        session.setAutoCommit(false);
        session.execute("INSERT INTO items VALUES (1001, 'lost')");
        assertThrows(SQLException.class, () -> session.execute("INSERT INTO items VALUES (1, 'duplicate key')"));
        assertEquals(TransactionState.FAILED, session.status().transaction());
        assertEquals(TransactionState.IDLE, session.rollback().status().transaction());
        assertEquals(0, count("SELECT count(*) FROM items WHERE id > 1000"));
    }

    @Test
    void aFailedFirstStatementWithTheOptionLeavesNothingOpen(SqlSession session) throws SQLException {
        session.setRollbackFailedStatementOnly(true);
        session.setAutoCommit(false);
        assertThrows(SQLException.class, () -> session.execute("SELECT * FROM nowhere"));
        assertEquals(TransactionState.IDLE, session.status().transaction());
    }

    @Test
    void typedSavepointsAndRollbackToShowInTheState(SqlSession session) throws SQLException {
        session.execute("BEGIN");
        session.execute("INSERT INTO items VALUES (1001, 'a')");
        session.execute("SAVEPOINT s1");
        assertThrows(SQLException.class, () -> session.execute("SELECT 1/0"));
        assertEquals(TransactionState.FAILED, session.status().transaction());
        session.execute("ROLLBACK TO SAVEPOINT s1");
        assertEquals(TransactionState.IN_TRANSACTION, session.status().transaction());
        assertEquals(TransactionState.IDLE, session.commit().status().transaction(), "Commit ends a typed BEGIN too");
        assertEquals(1, count("SELECT count(*) FROM items WHERE id = 1001"));
    }

    @Test
    void createDatabaseRunsOnItsOwnConnectionAndLeavesTheTransactionAlone(SqlSession session) throws SQLException {
        session.setAutoCommit(false);
        session.execute("INSERT INTO items VALUES (1001, 'pending')");
        session.executeOnSeparateConnection("CREATE DATABASE tx_side_db");
        try {
            assertEquals(1, countIn("postgres", "SELECT count(*) FROM pg_database WHERE datname = 'tx_side_db'"));
            assertEquals(TransactionState.IN_TRANSACTION, session.status().transaction());
            assertEquals(0, count("SELECT count(*) FROM items WHERE id = 1001"), "still uncommitted");
            session.commit();
            assertEquals(1, count("SELECT count(*) FROM items WHERE id = 1001"));
        } finally {
            session.executeOnSeparateConnection("DROP DATABASE tx_side_db");
        }
    }

    @Test
    void switchingAutocommitOnCommitsOnlyWhenTheUserSaysSo(SqlSession session) throws SQLException {
        session.setAutoCommit(false);
        session.execute("DELETE FROM items WHERE id <= 10");
        assertThrows(IllegalStateException.class, () -> session.setAutoCommit(true));
        assertEquals(1000, count("SELECT count(*) FROM items"), "pgjdbc's silent commit did not happen");
        assertTrue(session.setAutoCommit(true, TransactionEnd.COMMIT).status().autocommit());
        assertEquals(990, count("SELECT count(*) FROM items"));
    }

    @Test
    void closingEndsTheTransactionAsChosen(SqlSession session) throws SQLException {
        session.setAutoCommit(false);
        session.execute("INSERT INTO items VALUES (1001, 'committed on close')");
        session.close(TransactionEnd.COMMIT);
        assertEquals(1, count("SELECT count(*) FROM items WHERE id = 1001"));
    }

    @Test
    void countingRowsForConfirmationSeesOwnChangesAndOpensNothing(SqlSession session) throws SQLException {
        session.setAutoCommit(false);
        assertEquals(1000, session.countRows("items"));
        assertEquals(TransactionState.IDLE, session.status().transaction(), "the count opened no transaction");
        session.execute("DELETE FROM items WHERE id > 900");
        assertEquals(900, session.countRows("public.items"));
        assertThrows(SQLException.class, () -> session.countRows("no_such_table"));
        assertEquals(TransactionState.IN_TRANSACTION, session.status().transaction(), "a failed count fails nothing");
    }

    @Test
    void aTerminatedBackendIsReportedAsLostWorkAndTheSessionReopens(SqlSession session) throws SQLException {
        int pid = backendPid(session);
        session.setAutoCommit(false);
        session.execute("INSERT INTO items VALUES (1001, 'will be lost')");
        session.execute("INSERT INTO items VALUES (1002, 'will be lost')");
        try (Connection admin = db.server().connect("postgres"); Statement s = admin.createStatement()) {
            s.execute("SELECT pg_terminate_backend(" + pid + ")");
        }
        SQLException e = assertThrows(SQLException.class, () -> session.execute("SELECT 1"));
        ConnectionLostException lost = assertInstanceOf(ConnectionLostException.class, e);
        assertTrue(lost.transactionLost());
        assertEquals(2, lost.statementsLost());
        assertEquals("The server ended the session: the open transaction was lost and its 2 statements were not committed.",
                lost.describe());

        SqlSession fresh = session.reopen();
        try {
            assertFalse(fresh.status().autocommit(), "the reopened session keeps the tab's mode");
            assertEquals(TransactionState.IDLE, fresh.status().transaction());
            assertTrue(backendPid(fresh) != pid);
            assertEquals(0, count("SELECT count(*) FROM items WHERE id > 1000"), "nothing was re-run");
        } finally {
            session.close();
            fresh.close();
        }
    }

    private static int backendPid(SqlSession s) throws SQLException {
        Outcome.Rows rows = (Outcome.Rows) s.execute("SELECT pg_backend_pid()").get(0);
        return ((Number) rows.result().rows().get(0)[0]).intValue();
    }

    private long count(String sql) throws SQLException {
        return countIn(db.database(), sql);
    }

    private static long countIn(String database, String sql) throws SQLException {
        try (Connection c = db.server().connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
