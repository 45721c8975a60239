package dev.sextant.core.session;

import dev.sextant.core.result.QueryResult;
import dev.sextant.core.sql.TableName;
import dev.sextant.testsupport.PostgresSessionExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What Commit will change, counted per table in manual mode on the suite's PostgreSQL. */
class PostgresTableChangesTest {

    @RegisterExtension
    static final PostgresSessionExtension db = new PostgresSessionExtension("table_changes_test",
            "DROP TABLE IF EXISTS items, \"Order Lines\"",
            "CREATE TABLE items (id int PRIMARY KEY, name text)",
            "CREATE TABLE \"Order Lines\" (id int)",
            "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 10) g");

    @BeforeEach
    void manualMode() throws SQLException {
        db.session().setAutoCommit(false);
    }

    @Test
    void countsEachTablesInsertsUpdatesAndDeletesUntilCommit(SqlSession session) throws SQLException {
        session.execute("UPDATE items SET name = upper(name) WHERE id <= 3");
        session.execute("insert into ITEMS values (11, 'new'), (12, 'new')");
        session.execute("DELETE FROM ONLY items WHERE id = 10");
        session.execute("INSERT INTO \"Order Lines\" VALUES (1)");
        session.execute("UPDATE items SET name = name WHERE id = 99"); // no row: nothing to count
        SessionStatus status = session.status();
        assertEquals(2, status.tables().size());
        TableChanges items = status.tables().get(0);
        assertEquals("items", items.table().written(), "named as the first statement wrote it; ITEMS is the same table");
        assertEquals(List.of(2L, 3L, 1L), List.of(items.inserted(), items.updated(), items.deleted()));
        assertEquals("\"Order Lines\"", status.tables().get(1).table().quoted());
        assertEquals(0, status.rowsInNoKnownTable());

        session.commit();
        assertTrue(session.status().tables().isEmpty());
    }

    @Test
    void showsTheRowsThisTransactionWroteAndNoOthers(SqlSession session) throws SQLException {
        session.execute("UPDATE items SET name = 'changed' WHERE id IN (2, 4)");
        session.execute("INSERT INTO items VALUES (20, 'added')");
        session.execute("DELETE FROM items WHERE id = 5");
        TableName items = session.status().tables().get(0).table();
        String sql = WrittenRows.query(session.engine(), items).orElseThrow();
        QueryResult written = ((Outcome.Rows) session.execute(sql).get(0)).result();
        Set<Object> ids = written.rows().stream().map(r -> ((Number) r[0]).intValue()).collect(Collectors.toSet());
        assertEquals(Set.of(2, 4, 20), ids);

        session.rollback();
        assertTrue(session.status().tables().isEmpty());
        assertEquals(0, ((Outcome.Rows) session.execute(sql).get(0)).result().rows().size());
    }
}
