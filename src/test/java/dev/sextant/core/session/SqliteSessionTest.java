package dev.sextant.core.session;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.result.QueryResult;
import dev.sextant.testsupport.SqliteFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A session on a real SQLite file, checked from a second, independent connection. */
class SqliteSessionTest {

    @TempDir
    Path dir;
    private Path file;
    private SqlSession session;

    @BeforeEach
    void open() throws SQLException {
        file = dir.resolve("shop.db");
        SqliteFiles.execute(file, "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)",
                "CREATE TABLE orders (id INTEGER PRIMARY KEY, item_id INTEGER REFERENCES items(id))",
                "INSERT INTO items VALUES (1, 'tea'), (2, NULL)");
        session = SqlSession.open(Endpoint.of(ConnectionSpec.sqlite(file)));
    }

    @AfterEach
    void close() throws SQLException {
        session.close();
    }

    @Test
    void queryReturnsRowsWithNullsAndColumnTypes() throws SQLException {
        List<Outcome> outcomes = session.execute("SELECT id, name FROM items ORDER BY id");
        QueryResult result = assertInstanceOf(Outcome.Rows.class, outcomes.get(0)).result();
        assertEquals(List.of("id", "name"), result.columns().stream().map(c -> c.label()).toList());
        assertTrue(result.columns().get(0).numeric());
        assertEquals("tea", result.rows().get(0)[1]);
        assertEquals(null, result.rows().get(1)[1]);
        assertFalse(result.more());
    }

    @Test
    void updateCountNamesTheCommand() throws SQLException {
        List<Outcome> outcomes = session.execute("UPDATE items SET name = 'x'");
        assertEquals("UPDATE: 2 rows", assertInstanceOf(Outcome.UpdateCount.class, outcomes.get(0)).describe());
    }

    @Test
    void manualCommitIsInvisibleToOthersUntilCommit() throws SQLException {
        assertEquals(TransactionState.IDLE, session.setAutoCommit(false).transaction());
        session.execute("INSERT INTO items VALUES (3, 'coffee')");

        SessionStatus status = session.status();
        assertEquals(TransactionState.IN_TRANSACTION, status.transaction());
        assertEquals(1, status.statements());
        assertEquals(1, status.rowsChanged());
        assertEquals(0, SqliteFiles.count(file, "SELECT count(*) FROM items WHERE id = 3"));

        assertEquals(TransactionState.IDLE, session.commit().status().transaction());
        assertEquals(1, SqliteFiles.count(file, "SELECT count(*) FROM items WHERE id = 3"));
    }

    @Test
    void rollbackDiscards() throws SQLException {
        session.setAutoCommit(false);
        session.execute("DELETE FROM items");
        assertEquals(TransactionState.IDLE, session.rollback().status().transaction());
        assertEquals(2, SqliteFiles.count(file, "SELECT count(*) FROM items"));
    }

    @Test
    void autocommitCannotSilentlyCommitAnOpenTransaction() throws SQLException {
        session.setAutoCommit(false);
        session.execute("INSERT INTO items VALUES (4, 'milk')");
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> session.setAutoCommit(true));
        assertEquals("Commit or roll back the open transaction before switching autocommit.", refused.getMessage());
        assertEquals(0, SqliteFiles.count(file, "SELECT count(*) FROM items WHERE id = 4"));
        assertFalse(session.status().autocommit());
    }

    @Test
    void switchingAutocommitCanCommitFirstWhenTheUserSaysSo() throws SQLException {
        session.setAutoCommit(false);
        session.execute("INSERT INTO items VALUES (7, 'honey')");
        SessionStatus after = session.setAutoCommit(true, TransactionEnd.COMMIT).status();
        assertTrue(after.autocommit());
        assertEquals(TransactionState.IDLE, after.transaction());
        assertEquals(1, SqliteFiles.count(file, "SELECT count(*) FROM items WHERE id = 7"));
    }

    @Test
    void typedBeginAndCommitShowInTheStateInAutocommitMode() throws SQLException {
        session.execute("BEGIN");
        assertEquals(TransactionState.IN_TRANSACTION, session.status().transaction(), "read back from SQLite itself");
        session.execute("INSERT INTO items VALUES (8, 'jam')");
        assertEquals(0, SqliteFiles.count(file, "SELECT count(*) FROM items WHERE id = 8"));
        session.execute("COMMIT");
        assertEquals(TransactionState.IDLE, session.status().transaction());
        assertEquals(1, SqliteFiles.count(file, "SELECT count(*) FROM items WHERE id = 8"));
    }

    @Test
    void commitButtonEndsATypedTransactionInAutocommitMode() throws SQLException {
        session.execute("BEGIN");
        session.execute("INSERT INTO items VALUES (9, 'salt')");
        assertEquals(TransactionState.IDLE, session.rollback().status().transaction());
        assertEquals(0, SqliteFiles.count(file, "SELECT count(*) FROM items WHERE id = 9"));
    }

    @Test
    void aTypedCommitInManualModeDoesNotTurnLaterStatementsIntoAutocommit() throws SQLException {
        session.setAutoCommit(false);
        session.execute("INSERT INTO items VALUES (10, 'rice')");
        session.execute("COMMIT");
        assertEquals(TransactionState.IDLE, session.status().transaction());
        assertEquals(1, SqliteFiles.count(file, "SELECT count(*) FROM items WHERE id = 10"));
        session.execute("INSERT INTO items VALUES (11, 'oats')");
        assertEquals(TransactionState.IN_TRANSACTION, session.status().transaction());
        assertEquals(0, SqliteFiles.count(file, "SELECT count(*) FROM items WHERE id = 11"), "still waits for Commit");
        session.rollback();
        assertEquals(0, SqliteFiles.count(file, "SELECT count(*) FROM items WHERE id = 11"));
    }

    @Test
    void countingRowsForAConfirmationLeavesNoTransactionBehind() throws SQLException {
        session.setAutoCommit(false);
        assertEquals(2, session.countRows("items"));
        assertEquals(TransactionState.IDLE, session.status().transaction());
        session.execute("INSERT INTO items VALUES (12, 'figs')");
        assertEquals(3, session.countRows("items"), "the session's own uncommitted row counts");
    }

    @Test
    void closingRollsBackWhatIsUncommitted() throws SQLException {
        session.setAutoCommit(false);
        session.execute("INSERT INTO items VALUES (5, 'sugar')");
        session.close();
        assertEquals(0, SqliteFiles.count(file, "SELECT count(*) FROM items WHERE id = 5"));
        session = SqlSession.open(Endpoint.of(ConnectionSpec.sqlite(file)));
    }

    @Test
    void foreignKeysAreEnforced() {
        SQLException e = assertThrows(SQLException.class, () -> session.execute("INSERT INTO orders VALUES (1, 99)"));
        assertEquals("FOREIGN KEY constraint failed.", PlainError.of(e).sentence());
    }

    @Test
    void typoGivesOnePlainSentence() {
        SQLException e = assertThrows(SQLException.class, () -> session.execute("SELEC * FROM items"));
        assertEquals("Syntax error near \"SELEC\".", PlainError.of(e).sentence());
        assertTrue(PlainError.of(e).detail().contains("SQLITE_ERROR"), "details keep the driver's text");
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedInOneSentence() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "this is not a database, just some words\n".repeat(20));
        SQLException e = assertThrows(SQLException.class, () -> SqlSession.open(Endpoint.of(ConnectionSpec.sqlite(text))));
        assertEquals("That file is not a SQLite database.", PlainError.of(e).sentence());
    }

    @Test
    void aMistypedPathIsNeverCreated() {
        Path missing = dir.resolve("typo.db");
        SQLException e = assertThrows(SQLException.class, () -> SqlSession.open(Endpoint.of(ConnectionSpec.sqlite(missing))));
        assertFalse(Files.exists(missing), "no stray empty database");
        assertTrue(PlainError.of(e).sentence().startsWith("No such file"), PlainError.of(e).sentence());
    }

    @Test
    void readOnlySessionsAreRefusedByTheDatabase() throws SQLException {
        try (SqlSession readOnly = SqlSession.open(Endpoint.of(ConnectionSpec.sqlite(file).withReadOnly(true)))) {
            SQLException e = assertThrows(SQLException.class, () -> readOnly.execute("DELETE FROM items"));
            assertEquals("The database is open read-only and refuses changes.", PlainError.of(e).sentence());
        }
        assertEquals(2, SqliteFiles.count(file, "SELECT count(*) FROM items"));
    }

    @Test
    void resultsArriveAPageAtATimeUntilTheEnd() throws SQLException {
        List<Outcome> outcomes = session.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2500) SELECT i FROM n");
        Outcome.Rows rows = assertInstanceOf(Outcome.Rows.class, outcomes.get(0));
        assertEquals(SqlSession.FIRST_PAGE, rows.result().rows().size());
        assertTrue(rows.hasMore());
        assertEquals(1000, session.fetch(rows.rest(), 1000).size());
        List<Object[]> last = session.fetch(rows.rest(), 1000);
        assertEquals(500, last.size());
        assertEquals(2500, ((Number) last.get(last.size() - 1)[0]).intValue());
        assertFalse(rows.hasMore(), "the stream closed itself at the end");
    }

    @Test
    void runningTheNextStatementClosesAnUnfinishedResult() throws SQLException {
        Outcome.Rows rows = (Outcome.Rows) session.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) SELECT i FROM n").get(0);
        assertTrue(rows.hasMore());
        session.setAutoCommit(false);
        session.execute("INSERT INTO items VALUES (13, 'nuts')");
        assertFalse(rows.hasMore());
        session.commit();
        assertEquals(1, SqliteFiles.count(file, "SELECT count(*) FROM items WHERE id = 13"),
                "no open read statement blocks the commit");
    }
}
