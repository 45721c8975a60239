package dev.sextant.ui.app;

import dev.sextant.testsupport.Screenshots;
import dev.sextant.testsupport.TestPostgres;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import java.sql.SQLException;

import static dev.sextant.ui.app.RobotSupport.cellOnScreen;
import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Editing rows in {@code resultTable} through the window, by the contract ids, against the
 * suite's PostgreSQL; every save is checked from a second connection.
 */
class GridEditRobotTest {

    private static final String DATABASE = "robot_edit";
    private static final TestPostgres server = TestPostgres.get();

    @RegisterExtension
    static final RunningApp running = RunningApp.onNewDatabase(DATABASE).beforeEachStart(
            "DROP TABLE IF EXISTS items",
            "CREATE TABLE items (id int PRIMARY KEY, name text, qty int DEFAULT 1)",
            "INSERT INTO items (id, name) SELECT g, 'item ' || g FROM generate_series(1, 20) g");
    private final FxRobot robot = running.robot();
    private final RobotSupport ui = running.ui();

    @Test
    void editACellThenSaveIsVisibleFromAnotherConnection() throws Exception {
        openItems();
        robot.doubleClickOn(cellOnScreen(ui.resultTable(), 0, 2));
        waitUntil(() -> robot.lookup("#cellEditor").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("renamed").push(KeyCode.ENTER);

        waitUntil(() -> pending().equals("1 change pending"));
        String preview = robot.lookup("#changesSqlPreview").queryAs(TextArea.class).getText();
        assertEquals("UPDATE \"public\".\"items\" SET \"name\" = ? WHERE \"id\" = ? AND \"name\" IS NOT DISTINCT FROM ?;"
                + "  -- 'renamed', 1, 'item 1'\n", preview);
        assertTrue(cellOnScreen(ui.resultTable(), 0, 2).getStyleClass().contains("changed-cell"));
        Screenshots.save(robot.lookup("#resultTable").query().getScene(), "grid-edit-pending");
        assertEquals("item 1", text("SELECT name FROM items WHERE id = 1"));

        robot.clickOn("#saveChangesButton");
        waitUntil(() -> saveResult().equals("Saved 1 change"));
        assertEquals("renamed", text("SELECT name FROM items WHERE id = 1"));
        assertEquals("", pending());
        assertEquals("renamed", cellOnScreen(ui.resultTable(), 0, 2).getText());
    }

    @Test
    void addARowAndDeleteARowThenSave() throws Exception {
        openItems();
        robot.clickOn("#addRowButton");
        TableView<Object[]> added = robot.lookup("#newRowsTable").queryAs(TableView.class);
        waitUntil(() -> added.isVisible() && cellOnScreen(added, 0, 0) != null);
        typeInto(added, 0, "2001");
        typeInto(added, 1, "robot row");
        robot.clickOn(cellOnScreen(ui.resultTable(), 1, 2));
        robot.clickOn("#deleteRowButton");
        try {
            waitUntil(() -> pending().equals("2 changes pending"));
        } catch (Exception e) {
            Screenshots.save(robot.lookup("#resultTable").query().getScene(), "grid-edit-debug");
            throw new AssertionError(pending() + " / " + robot.lookup("#changesSqlPreview").queryAs(TextArea.class).getText());
        }
        assertTrue(cellOnScreen(ui.resultTable(), 1, 2).getStyleClass().contains("deleted-cell"));

        robot.clickOn("#saveChangesButton");
        try {
            waitUntil(() -> saveResult().equals("Saved 2 changes"));
        } catch (Exception e) {
            throw new AssertionError(saveResult() + " / " + robot.lookup("#changesSqlPreview").queryAs(TextArea.class).getText());
        }
        assertEquals("1", text("SELECT qty FROM items WHERE id = 2001 AND name = 'robot row'")); // the default
        assertEquals("0", text("SELECT count(*) FROM items WHERE id = 2"));
    }

    @Test
    void revertTakesEveryChangeBackAndNothingIsSent() throws Exception {
        openItems();
        robot.clickOn(cellOnScreen(ui.resultTable(), 2, 2));
        robot.push(KeyCode.F2);
        waitUntil(() -> robot.lookup("#cellEditor").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("typo").push(KeyCode.ENTER);
        robot.clickOn(cellOnScreen(ui.resultTable(), 3, 2));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        waitUntil(() -> pending().equals("2 changes pending"));
        assertEquals("NULL", cellOnScreen(ui.resultTable(), 3, 2).getText());

        robot.clickOn("#revertChangesButton");
        waitUntil(() -> pending().isEmpty());
        assertEquals("item 3", cellOnScreen(ui.resultTable(), 2, 2).getText());
        assertEquals("item 4", cellOnScreen(ui.resultTable(), 3, 2).getText());
        assertTrue(robot.lookup("#saveChangesButton").queryButton().isDisabled());
        assertEquals("item 3", text("SELECT name FROM items WHERE id = 3"));
    }

    @Test
    void runningAgainWithPendingEditsAsksFirstSoNothingTypedIsLost() throws Exception {
        openItems();
        robot.doubleClickOn(cellOnScreen(ui.resultTable(), 4, 2));
        waitUntil(() -> robot.lookup("#cellEditor").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("typed").push(KeyCode.ENTER);
        waitUntil(() -> pending().equals("1 change pending"));

        robot.clickOn("#runButton");
        assertEquals("Run: 1 change in the grid is not saved.", ui.answer("answerCancel"));
        assertEquals("1 change pending", pending(), "Cancel keeps the edit and the result");
        assertEquals("typed", cellOnScreen(ui.resultTable(), 4, 2).getText());

        robot.clickOn("#runButton");
        waitUntil(ui::questionShown);
        robot.clickOn("#answerDiscardEdits");
        waitUntil(() -> !robot.lookup("#runButton").queryButton().isDisabled() && pending().isEmpty());
        assertEquals("item 5", text("SELECT name FROM items WHERE id = 5"), "discarded, so never sent");
    }

    @Test
    void closingATabWithPendingEditsAsksAndSaveSavesThem() throws Exception {
        openItems();
        robot.doubleClickOn(cellOnScreen(ui.resultTable(), 4, 2));
        waitUntil(() -> robot.lookup("#cellEditor").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("kept").push(KeyCode.ENTER);
        waitUntil(() -> pending().equals("1 change pending"));

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        assertEquals("Close tab: 1 change in the grid is not saved.", ui.answer("answerCancel"));
        assertEquals("1 change pending", pending());

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(ui::questionShown);
        robot.clickOn("#answerSaveEdits");
        // Saved, the tab goes on closing: the typed SELECT is in no file, so that is asked next.
        waitUntil(() -> robot.lookup("#answerDiscard").tryQuery().isPresent());
        ui.answer("answerDiscard");
        waitUntil(() -> "kept".equals(text("SELECT name FROM items WHERE id = 5")));
    }

    @Test
    void aResultWithoutTheKeyIsReadOnlyAndSaysWhy() throws Exception {
        ui.run("SELECT name, qty FROM items ORDER BY name");
        waitUntil(() -> !robot.lookup("#readOnlyReason").queryAs(Label.class).getText().isEmpty());
        assertEquals("read-only: no primary key in the result — add id to the SELECT",
                robot.lookup("#readOnlyReason").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#addRowButton").queryButton().isDisabled());
    }

    private void openItems() throws Exception {
        ui.run("SELECT id, name, qty FROM items ORDER BY id");
        waitUntil(() -> robot.lookup("#addRowButton").tryQuery().isPresent()
                && !robot.lookup("#addRowButton").queryButton().isDisabled());
    }

    /** Double-clicks a cell of the new rows' grid, waits for its editor, types and keeps. */
    private void typeInto(TableView<Object[]> added, int column, String text) throws Exception {
        robot.doubleClickOn(cellOnScreen(added, 0, column));
        waitUntil(() -> cellOnScreen(added, 0, column).isEditing());
        robot.write(text).push(KeyCode.ENTER);
        waitUntil(() -> text.equals(cellOnScreen(added, 0, column).getText()));
    }

    private String pending() {
        return robot.lookup("#pendingChanges").queryAs(Label.class).getText();
    }

    private String saveResult() {
        return robot.lookup("#saveResult").queryAs(Label.class).getText();
    }

    private String text(String sql) throws SQLException {
        return server.firstValue(DATABASE, sql);
    }
}
