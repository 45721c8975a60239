package dev.sextant.core.session;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.testsupport.SqliteFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * SQLite keeps a transaction open when its COMMIT fails (a deferred foreign key, say): the
 * user is told nothing was committed and can still fix the data or roll back.
 */
class SqliteCommitOutcomeTest {

    @TempDir
    Path dir;
    private Path file;
    private SqlSession session;

    @BeforeEach
    void open() throws Exception {
        file = dir.resolve("shop.db");
        SqliteFiles.execute(file, "CREATE TABLE customers (id INTEGER PRIMARY KEY)",
                "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer INTEGER "
                        + "REFERENCES customers(id) DEFERRABLE INITIALLY DEFERRED)",
                "INSERT INTO customers VALUES (1)");
        session = SqlSession.open(Endpoint.of(ConnectionSpec.sqlite(file)));
    }

    @AfterEach
    void close() throws SQLException {
        session.close();
    }

    @Test
    void aFailedCommitKeepsTheTransactionOpenAndSaysNothingWasCommitted() throws Exception {
        session.setAutoCommit(false);
        session.execute("INSERT INTO orders VALUES (10, 99)");
        NotCommittedException e = assertThrows(NotCommittedException.class, () -> session.commit());
        assertEquals(NotCommittedException.Fate.STILL_OPEN, e.fate());
        PlainError plain = PlainError.of(e);
        assertEquals("The commit failed: nothing was committed, and the transaction is still open.", plain.sentence());
        assertEquals("FOREIGN KEY constraint failed.", plain.explanation());
        assertEquals(TransactionState.IN_TRANSACTION, session.status().transaction());
        assertEquals(0, SqliteFiles.count(file, "SELECT count(*) FROM orders"));

        session.execute("INSERT INTO customers VALUES (99)");
        assertEquals("Committed.", session.commit().sentence());
        assertEquals(1, SqliteFiles.count(file, "SELECT count(*) FROM orders"), "fixed, then really committed");
    }

    @Test
    void aTypedCommitThatFailsSaysSoToo() throws Exception {
        session.execute("BEGIN");
        session.execute("INSERT INTO orders VALUES (11, 98)");
        NotCommittedException e = assertThrows(NotCommittedException.class, () -> session.execute("COMMIT"));
        assertEquals(NotCommittedException.Fate.STILL_OPEN, e.fate());
        assertEquals("Rolled back.", session.rollback().sentence());
        assertEquals(TransactionState.IDLE, session.status().transaction());
        assertEquals(0, SqliteFiles.count(file, "SELECT count(*) FROM orders"));
    }
}
