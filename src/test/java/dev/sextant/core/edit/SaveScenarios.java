package dev.sextant.core.edit;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.SqlSession;
import dev.sextant.core.session.TransactionState;
import dev.sextant.core.result.QueryResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saving grid edits on a real database, each effect checked from a second connection. The same
 * scenarios run on PostgreSQL and on a SQLite file.
 */
abstract class SaveScenarios {

    protected SqlSession session;
    protected QueryResult items;
    protected PendingChanges changes;

    protected abstract Endpoint endpoint();

    /** DDL that differs between the engines: a column the server fills by itself on insert. */
    protected abstract String generatedIdColumn();

    @BeforeEach
    void createItems() throws Exception {
        run("DROP TABLE IF EXISTS items", "DROP TABLE IF EXISTS notes",
                "CREATE TABLE items (id " + generatedIdColumn() + ", name text NOT NULL, qty int CHECK (qty >= 0),"
                        + " note text DEFAULT 'fresh')",
                "INSERT INTO items (id, name, qty, note) VALUES (1, 'tea', 3, NULL), (2, 'coffee', 5, 'hot')",
                "CREATE TABLE notes (body text)");
        session = SqlSession.open(endpoint());
        items = read("SELECT id, name, qty, note FROM items ORDER BY id");
        changes = new PendingChanges(editable(items));
    }

    @AfterEach
    void closeSession() throws SQLException {
        session.close();
    }

    @Test
    void aSaveInAutocommitIsVisibleAtOnceAndReadsTheRowsBack() throws Exception {
        changes.set(0, row(0), 1, "green tea");
        changes.delete(1, row(1));
        int added = changes.addRow();
        changes.setAdded(added, 1, "milk");

        SaveResult saved = save();

        assertEquals("Saved 3 changes", saved.describe());
        assertEquals("green tea", text("SELECT name FROM items WHERE id = 1"));
        assertEquals("0", text("SELECT count(*) FROM items WHERE name = 'coffee'"));
        Object[] milk = saved.rows().get(RowRef.added(added));
        assertEquals("milk", milk[1]);
        assertEquals("fresh", milk[3]); // the default, read back from the server
        assertEquals(text("SELECT id FROM items WHERE name = 'milk'"), String.valueOf(milk[0]));
        assertEquals("green tea", saved.rows().get(RowRef.fetched(0))[1]);
        assertEquals(TransactionState.IDLE, session.status().transaction());
    }

    @Test
    void aSaveInManualModeWaitsForCommit() throws Exception {
        session.setAutoCommit(false);
        changes.set(0, row(0), 2, "4");
        changes.set(1, row(1), 2, "6");

        save();

        assertEquals("3", text("SELECT qty FROM items WHERE id = 1"));
        assertEquals(TransactionState.IN_TRANSACTION, session.status().transaction());
        assertEquals(2, session.status().rowsChanged());
        session.commit();
        assertEquals("4", text("SELECT qty FROM items WHERE id = 1"));
        assertEquals("6", text("SELECT qty FROM items WHERE id = 2"));
    }

    @Test
    void aRowChangedBySomeoneElseIsNotOverwrittenAndNothingIsSaved() throws Exception {
        run("UPDATE items SET name = 'decaf' WHERE id = 2");
        changes.set(0, row(0), 1, "green tea");
        changes.set(1, row(1), 1, "espresso");

        RowNotSavedException e = assertThrows(RowNotSavedException.class, this::save);

        assertEquals("row id=2 was changed by someone else since you read it; nothing was saved.", e.getMessage());
        assertEquals(RowRef.fetched(1), e.statement().row());
        assertEquals("tea", text("SELECT name FROM items WHERE id = 1"));
        assertEquals("decaf", text("SELECT name FROM items WHERE id = 2"));
        assertEquals(2, changes.count()); // nothing typed is lost
    }

    @Test
    void aRowDeletedBySomeoneElseIsNamed() throws Exception {
        run("DELETE FROM items WHERE id = 2");
        changes.set(1, row(1), 1, "espresso");
        RowNotSavedException e = assertThrows(RowNotSavedException.class, this::save);
        assertEquals("row id=2 was deleted by someone else since you read it; nothing was saved.", e.getMessage());
    }

    @Test
    void aSaveWhoseSecondRowFailsLeavesNoChange() throws Exception {
        changes.set(0, row(0), 2, "7");
        changes.set(1, row(1), 2, "-1");

        RowNotSavedException e = assertThrows(RowNotSavedException.class, this::save);

        assertEquals(RowRef.fetched(1), e.statement().row());
        assertTrue(e.getMessage().startsWith("row id=2 was not saved: "), e.getMessage());
        assertEquals("3", text("SELECT qty FROM items WHERE id = 1"));
        assertEquals(TransactionState.IDLE, session.status().transaction());
    }

    @Test
    void aFailedSaveInManualModeLeavesTheOpenTransactionAsItWas() throws Exception {
        session.setAutoCommit(false);
        session.execute("UPDATE items SET note = 'mine' WHERE id = 1");
        changes.set(0, row(0), 1, null); // NOT NULL

        RowNotSavedException e = assertThrows(RowNotSavedException.class, this::save);

        assertTrue(e.getMessage().startsWith("row id=1 was not saved: "), e.getMessage());
        assertEquals(TransactionState.IN_TRANSACTION, session.status().transaction());
        assertEquals("mine", inSession("SELECT note FROM items WHERE id = 1"));
        session.rollback();
    }

    @Test
    void aKeylessResultIsReadOnlyAndSaysWhy() throws Exception {
        assertEquals("read-only: table notes has no primary key or unique NOT NULL key",
                readOnly(read("SELECT body FROM notes")));
        assertEquals("read-only: no primary key in the result — add id to the SELECT",
                readOnly(read("SELECT name, qty FROM items")));
        assertEquals("read-only: the result does not come from a table", readOnly(read("SELECT 1 AS one")));
    }

    protected SaveResult save() throws Exception {
        return new ChangeSave(changes.target(), session.engine()).save(session, changes.statements());
    }

    protected Object[] row(int index) {
        return items.rows().get(index);
    }

    protected QueryResult read(String sql) throws SQLException {
        return assertInstanceOf(Outcome.Rows.class, session.execute(sql).get(0)).result();
    }

    protected EditTarget editable(QueryResult result) throws SQLException {
        Editability editability = check(result);
        return assertInstanceOf(Editability.Editable.class, editability, editability.toString()).target();
    }

    protected String readOnly(QueryResult result) throws SQLException {
        return assertInstanceOf(Editability.ReadOnly.class, check(result)).reason();
    }

    private Editability check(QueryResult result) throws SQLException {
        try (Connection catalog = endpoint().connect()) {
            return EditCheck.of(result.columns(), TableKeys.of(catalog));
        }
    }

    /** Runs statements on a second connection, committed at once. */
    protected void run(String... sql) throws SQLException {
        try (Connection c = endpoint().connect(); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    /** The first value of the first row, as a second connection reads it. */
    protected String text(String sql) throws SQLException {
        try (Connection c = endpoint().connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private String inSession(String sql) throws SQLException {
        Object value = read(sql).rows().get(0)[0];
        return value == null ? null : value.toString();
    }
}
