package dev.sextant.core.edit;

import dev.sextant.core.result.ColumnOrigin;
import dev.sextant.core.result.ResultColumn;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DML Save would send for each kind of change, read as the statements and their bound values. */
class PendingChangesTest {

    private static ResultColumn column(String label, String type, String table, String name) {
        return new ResultColumn(label, type, false, name == null ? null : new ColumnOrigin("public", table, name));
    }

    /** people(id int primary key, name text, "Nick ""Name""" text, born date) plus a computed column. */
    private static final EditTarget PEOPLE = new EditTarget("public", "people", List.of(
            column("id", "int4", "people", "id"), column("name", "text", "people", "name"),
            column("nick", "text", "people", "Nick \"Name\""), column("upper", "text", null, null),
            column("photo", "bytea", "people", "photo")),
            Arrays.asList("id", "name", "Nick \"Name\"", null, "photo"), List.of(0));

    private static final Object[] ROSE = {7, "Rose", null, "ROSE", null};

    @Test
    void aCellEditUpdatesByKeyAndChecksTheOriginalValue() {
        PendingChanges changes = new PendingChanges(PEOPLE);
        changes.set(0, ROSE, 1, "Rosa");

        ChangeStatement update = changes.statements().get(0);
        assertEquals("UPDATE \"public\".\"people\" SET \"name\" = ? WHERE \"id\" = ? AND \"name\" IS NOT DISTINCT FROM ?",
                update.sql());
        assertEquals(List.of("Rosa", 7, "Rose"), update.values());
        assertEquals("row id=7", update.label());
        assertEquals("1 change pending", changes.summary());
    }

    @Test
    void quotedNamesAndANullOriginalMatchWithIsNotDistinctFrom() {
        PendingChanges changes = new PendingChanges(PEOPLE);
        changes.set(0, ROSE, 2, "Ro");
        changes.set(0, ROSE, 1, null);

        ChangeStatement update = changes.statements().get(0);
        assertEquals("UPDATE \"public\".\"people\" SET \"Nick \"\"Name\"\"\" = ?, \"name\" = ? WHERE \"id\" = ?"
                + " AND \"Nick \"\"Name\"\"\" IS NOT DISTINCT FROM ? AND \"name\" IS NOT DISTINCT FROM ?", update.sql());
        assertEquals(Arrays.asList("Ro", null, 7, null, "Rose"), update.values());
        assertTrue(update.preview().endsWith("-- 'Ro', NULL, 7, NULL, 'Rose'"), update.preview());
    }

    @Test
    void changingTheKeyFindsTheRowByItsOldKeyAndReadsItBackByTheNewOne() {
        PendingChanges changes = new PendingChanges(PEOPLE);
        changes.set(0, ROSE, 0, "8");

        ChangeStatement update = changes.statements().get(0);
        assertEquals("UPDATE \"public\".\"people\" SET \"id\" = ? WHERE \"id\" = ?", update.sql());
        assertEquals(List.of("8", 7), update.values());
        assertEquals(List.of(7), update.keyBefore());
        assertEquals(List.of("8"), update.keyAfter());
    }

    @Test
    void compositeKeysFindTheRowByEveryKeyColumn() {
        EditTarget lines = new EditTarget(null, "order lines", List.of(column("order_id", "INTEGER", "order lines", "order_id"),
                column("line", "INTEGER", "order lines", "line"), column("qty", "INTEGER", "order lines", "qty")),
                List.of("order_id", "line", "qty"), List.of(0, 1));
        PendingChanges changes = new PendingChanges(lines);
        Object[] row = {3, 2, 10};
        changes.set(5, row, 2, "11");
        changes.delete(6, new Object[] {3, 3, 1});

        List<ChangeStatement> statements = changes.statements();
        assertEquals("DELETE FROM \"order lines\" WHERE \"order_id\" = ? AND \"line\" = ?", statements.get(0).sql());
        assertEquals(List.of(3, 3), statements.get(0).values());
        assertEquals("row (order_id=3, line=3)", statements.get(0).label());
        assertEquals("UPDATE \"order lines\" SET \"qty\" = ? WHERE \"order_id\" = ? AND \"line\" = ?"
                + " AND \"qty\" IS NOT DISTINCT FROM ?", statements.get(1).sql());
        assertEquals(List.of("11", 3, 2, 10), statements.get(1).values());
    }

    @Test
    void aNewRowInsertsOnlyTheColumnsGivenAndReturnsTheRowAsSaved() {
        PendingChanges changes = new PendingChanges(PEOPLE);
        int row = changes.addRow();
        changes.setAdded(row, 1, "Ann");
        changes.setAdded(row, 2, null);
        changes.addRow();

        List<ChangeStatement> statements = changes.statements();
        assertEquals("INSERT INTO \"public\".\"people\" (\"name\", \"Nick \"\"Name\"\"\") VALUES (?, ?)"
                + " RETURNING \"id\", \"name\", \"Nick \"\"Name\"\"\", NULL, \"photo\"", statements.get(0).sql());
        assertEquals(Arrays.asList("Ann", null), statements.get(0).values());
        assertTrue(statements.get(1).sql().startsWith("INSERT INTO \"public\".\"people\" DEFAULT VALUES RETURNING"));
        assertEquals("new row 2", statements.get(1).label());
    }

    @Test
    void aDuplicateCopiesTheValuesButLeavesTheKeyToTheServer() {
        PendingChanges changes = new PendingChanges(PEOPLE);
        changes.duplicate(ROSE);
        ChangeStatement insert = changes.statements().get(0);
        assertTrue(insert.sql().startsWith("INSERT INTO \"public\".\"people\" (\"name\", \"Nick \"\"Name\"\"\") VALUES (?, ?)"),
                insert.sql());
        assertEquals(Arrays.asList("Rose", null), insert.values());
    }

    @Test
    void aDeletedRowSendsOnlyItsDeleteAndDeletesComeFirst() {
        PendingChanges changes = new PendingChanges(PEOPLE);
        changes.set(1, new Object[] {8, "Tom", null, "TOM", null}, 1, "Tim");
        changes.set(0, ROSE, 1, "Rosa");
        changes.delete(0, ROSE);

        List<ChangeStatement> statements = changes.statements();
        assertEquals(2, statements.size());
        assertEquals(ChangeStatement.Kind.DELETE, statements.get(0).kind());
        assertEquals(List.of(7), statements.get(0).values());
        assertEquals(ChangeStatement.Kind.UPDATE, statements.get(1).kind());
        assertEquals("2 changes pending", changes.summary());
    }

    @Test
    void revertingACellARowOrAllTakesTheChangesBack() {
        PendingChanges changes = new PendingChanges(PEOPLE);
        Object[] tom = {8, "Tom", null, "TOM", null};
        changes.set(0, ROSE, 1, "Rosa");
        changes.set(0, ROSE, 2, "R");
        changes.set(1, tom, 1, "Tim");
        changes.revertCell(0, 1);
        assertFalse(changes.isChanged(0, 1));
        assertEquals("R", changes.value(0, 2, null));
        changes.revertRow(0);
        assertEquals(1, changes.count());
        changes.set(1, tom, 1, "Tom"); // typed back to what it was
        assertTrue(changes.isEmpty());
        assertEquals("", changes.summary());

        changes.set(0, ROSE, 1, "Rosa");
        changes.addRow();
        changes.delete(1, tom);
        changes.revertAll();
        assertTrue(changes.statements().isEmpty());
    }

    @Test
    void computedAndByteaColumnsCannotBeEdited() {
        PendingChanges changes = new PendingChanges(PEOPLE);
        assertThrows(IllegalArgumentException.class, () -> changes.set(0, ROSE, 3, "x"));
        assertThrows(IllegalArgumentException.class, () -> changes.set(0, ROSE, 4, "\\x00"));
        assertNull(changes.value(0, 4, null));
    }

    @Test
    void jsonOriginalsAreComparedAsText() {
        EditTarget docs = new EditTarget(null, "docs", List.of(column("id", "int4", "docs", "id"),
                column("body", "json", "docs", "body")), List.of("id", "body"), List.of(0));
        PendingChanges changes = new PendingChanges(docs);
        changes.set(0, new Object[] {1, "{}"}, 1, "{\"a\":1}");
        assertTrue(changes.statements().get(0).sql().endsWith(
                "AND CAST(\"body\" AS TEXT) IS NOT DISTINCT FROM CAST(? AS TEXT)"));
    }
}
