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

/**
 * Every way a commit can end other than committing, on the suite's PostgreSQL: nothing may be
 * reported as committed unless a second connection sees it.
 */
class PostgresCommitOutcomeTest {

    @RegisterExtension
    static final PostgresSessionExtension db = new PostgresSessionExtension("commit_outcome_test",
            "DROP TABLE IF EXISTS accounts",
            "CREATE TABLE accounts (id int PRIMARY KEY, name text, email text UNIQUE DEFERRABLE INITIALLY DEFERRED)",
            "INSERT INTO accounts VALUES (1, 'rose', 'rose@example.org'), (2, 'dq', 'dq@example.org')");

    @Test
    void commitInAFailedTransactionIsRefusedAndRollbackToSavepointStillSavesTheWork(SqlSession session) throws SQLException {
        session.setAutoCommit(false);
        session.execute("INSERT INTO accounts VALUES (3, 'kept', 'kept@example.org')");
        session.execute("SAVEPOINT before_typo");
        assertThrows(SQLException.class, () -> session.execute("INSERT INTO accounts VALUES (1, 'duplicate', null)"));
        assertEquals(TransactionState.FAILED, session.status().transaction());

        NotCommittedException refused = assertThrows(NotCommittedException.class, () -> session.commit());
        assertEquals(NotCommittedException.Fate.FAILED_BEFORE, refused.fate());
        assertEquals(TransactionState.FAILED, session.status().transaction(), "COMMIT was not sent: nothing changed");
        assertEquals(0, count("SELECT count(*) FROM accounts WHERE id = 3"));

        session.execute("ROLLBACK TO SAVEPOINT before_typo");
        assertEquals("Committed.", session.commit().sentence());
        assertEquals(1, count("SELECT count(*) FROM accounts WHERE id = 3"), "what Commit said is what the server holds");
    }

    @Test
    void aTypedCommitInAFailedBlockSaysTheServerRolledBack(SqlSession session) throws SQLException {
        session.setAutoCommit(false);
        session.execute("INSERT INTO accounts VALUES (3, 'lost', 'lost@example.org')");
        assertThrows(SQLException.class, () -> session.execute("INSERT INTO accounts VALUES (1, 'duplicate', null)"));

        NotCommittedException e = assertThrows(NotCommittedException.class, () -> session.execute("COMMIT"));
        assertEquals(NotCommittedException.Fate.ROLLED_BACK, e.fate());
        assertEquals("The server rolled back the transaction: nothing was committed.", PlainError.of(e).sentence());
        assertEquals(TransactionState.IDLE, session.status().transaction());
        assertEquals(0, count("SELECT count(*) FROM accounts WHERE id = 3"));
    }

    @Test
    void aTypedEndInABeganBlockIsACommitToo(SqlSession session) throws SQLException {
        session.execute("BEGIN");
        assertThrows(SQLException.class, () -> session.execute("SELECT 1/0"));
        NotCommittedException e = assertThrows(NotCommittedException.class, () -> session.execute("END"));
        assertEquals(NotCommittedException.Fate.ROLLED_BACK, e.fate());
        assertTrue(session.status().autocommit());
    }

    @Test
    void aDeferredConstraintFailingAtCommitIsARollbackWithTheServersDetail(SqlSession session) throws SQLException {
        session.setAutoCommit(false);
        session.execute("INSERT INTO accounts VALUES (3, 'copy', 'rose@example.org')");
        assertEquals(TransactionState.IN_TRANSACTION, session.status().transaction(), "checked only at commit");

        NotCommittedException e = assertThrows(NotCommittedException.class, () -> session.commit());
        assertEquals(NotCommittedException.Fate.ROLLED_BACK, e.fate());
        PlainError plain = PlainError.of(e);
        assertEquals("The server rolled back the transaction: nothing was committed.", plain.sentence());
        assertTrue(plain.explanation().contains("Duplicate key value violates unique constraint"), plain.explanation());
        assertTrue(plain.explanation().contains("DETAIL: Key (email)=(rose@example.org) already exists."), plain.explanation());
        assertEquals("23505", plain.sqlState());
        assertEquals(TransactionState.IDLE, session.status().transaction());
        assertEquals(0, count("SELECT count(*) FROM accounts WHERE id = 3"));
    }

    @Test
    void aDeferredConstraintFailingAtATypedCommitIsARollbackToo(SqlSession session) throws SQLException {
        session.execute("BEGIN");
        session.execute("INSERT INTO accounts VALUES (3, 'copy', 'dq@example.org')");
        NotCommittedException e = assertThrows(NotCommittedException.class, () -> session.execute("COMMIT"));
        assertEquals(NotCommittedException.Fate.ROLLED_BACK, e.fate());
        assertEquals("23505", e.serverError().getSQLState());
        assertEquals(0, count("SELECT count(*) FROM accounts WHERE id = 3"));
    }

    @Test
    void theSavepointOptionLeavesTypedTransactionControlAlone(SqlSession session) throws SQLException {
        session.setRollbackFailedStatementOnly(true);
        session.execute("BEGIN");
        session.execute("INSERT INTO accounts VALUES (3, 'a', 'a@example.org')");
        session.execute("SAVEPOINT mine");
        session.execute("INSERT INTO accounts VALUES (4, 'b', 'b@example.org')");
        session.execute("ROLLBACK TO SAVEPOINT mine");
        session.execute("COMMIT");
        assertEquals(TransactionState.IDLE, session.status().transaction());
        assertEquals(1, count("SELECT count(*) FROM accounts WHERE id = 3"));
        assertEquals(0, count("SELECT count(*) FROM accounts WHERE id = 4"), "the user's own savepoint still worked");
    }

    @Test
    void closingWithACommitThatFailsKeepsTheSessionOpen(SqlSession session) throws SQLException {
        session.setAutoCommit(false);
        session.execute("INSERT INTO accounts VALUES (3, 'first', 'first@example.org')");
        assertThrows(SQLException.class, () -> session.execute("INSERT INTO accounts VALUES (1, 'duplicate', null)"));
        assertThrows(NotCommittedException.class, () -> session.close(TransactionEnd.COMMIT));
        assertEquals(TransactionState.FAILED, session.status().transaction(), "still open: the user decides again");
        assertEquals("Rolled back.", session.rollback().sentence());
    }

    @Test
    void theServersDetailAndHintStandUnderTheSentence(SqlSession session) {
        SQLException duplicate = assertThrows(SQLException.class,
                () -> session.execute("INSERT INTO accounts VALUES (1, 'again', null)"));
        assertEquals("DETAIL: Key (id)=(1) already exists.", PlainError.of(duplicate).explanation());

        SQLException typo = assertThrows(SQLException.class, () -> session.execute("SELECT nme FROM accounts"));
        PlainError plain = PlainError.of(typo);
        assertEquals("Column \"nme\" does not exist.", plain.sentence());
        assertEquals("HINT: Perhaps you meant to reference the column \"accounts.name\".", plain.explanation());
        assertEquals(plain.sentence() + "\n" + plain.explanation(), plain.text());
    }

    @Test
    void aPlpgsqlErrorCarriesItsContext(SqlSession session) {
        SQLException e = assertThrows(SQLException.class, () -> session.execute(
                "DO $$ BEGIN RAISE EXCEPTION 'no such account' USING HINT = 'Create it first.'; END $$"));
        PlainError plain = PlainError.of(e);
        assertEquals("No such account.", plain.sentence());
        assertTrue(plain.explanation().startsWith("HINT: Create it first.\nCONTEXT: PL/pgSQL function inline_code_block"),
                plain.explanation());
    }

    @Test
    void autocommitIsWhatTheDriverReports(SqlSession session) throws SQLException {
        assertTrue(session.status().autocommit());
        session.setAutoCommit(false);
        assertFalse(session.status().autocommit());
        assertInstanceOf(Outcome.Rows.class, session.execute("SELECT 1").get(0));
        assertFalse(session.status().autocommit());
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = db.server().connect(db.database()); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
