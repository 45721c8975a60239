package dev.sextant.ui.app;

import dev.sextant.core.result.ResultColumn;
import dev.sextant.testsupport.Screenshots;
import dev.sextant.testsupport.TestPostgres;
import dev.sextant.ui.editor.EditorTabView;
import dev.sextant.ui.results.ResultSheet;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import static dev.sextant.ui.app.RobotSupport.cellOnScreen;
import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A different query run again in the same tab shows only its own result: its columns and rows,
 * its count line and Fetch all, its filter and its edits, whatever the result before it still
 * does (the tab's grid now shows one result after another).
 */
class ReRunRobotTest {

    private static final String DATABASE = "robot_rerun";
    private static final TestPostgres server = TestPostgres.get();

    @RegisterExtension
    static final RunningApp running = RunningApp.onNewDatabase(DATABASE).beforeEachStart(
            "DROP TABLE IF EXISTS colours", "DROP TABLE IF EXISTS numbers",
            "CREATE TABLE colours (id int PRIMARY KEY, name text)",
            "INSERT INTO colours VALUES (1, 'red'), (2, 'green'), (3, 'blue')",
            "CREATE TABLE numbers (n int PRIMARY KEY, label text)",
            "INSERT INTO numbers SELECT g, 'number ' || g FROM generate_series(1, 5000) g");
    private final FxRobot robot = running.robot();
    private final RobotSupport ui = running.ui();

    @Test
    void aDifferentQueryRunAgainShowsItsOwnResultAndALatePageOfTheOldOneChangesNothing() throws Exception {
        ui.run("SELECT * FROM colours ORDER BY id");
        waitUntil(() -> ui.resultTable() != null && ui.resultTable().getItems().size() == 3);
        assertEquals("3 rows", countLine());
        assertFalse(fetchAll().isVisible(), "all three rows are there");
        ResultSheet old = WaitForAsyncUtils.asyncFx(() -> editorTab().model().results().get(0)).get();

        ui.run("SELECT * FROM numbers ORDER BY n");
        waitUntil(() -> ui.resultTable().getItems().size() == 1000);
        assertEquals(List.of("n", "label"), headers());
        assertEquals(1, ((Number) ui.resultTable().getItems().get(0)[0]).intValue());
        assertEquals("number 1", cellOnScreen(ui.resultTable(), 0, 2).getText());
        String line = countLine();
        assertTrue(line.contains("1,000 fetched so far") || line.startsWith("1,000 rows so far"), line);
        assertTrue(fetchAll().isVisible() && !fetchAll().isDisabled(), "more rows wait on the server");

        // What a late page of the old result would do to it: a fetch starts, then it has no more.
        robot.interact(() -> {
            old.fetchStarted();
            old.noMoreRows();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(line, countLine(), "the old result's state is not the new one's line");
        assertTrue(fetchAll().isVisible() && !fetchAll().isDisabled(), "Fetch all follows the new result only");
        assertFalse(robot.lookup("#progress").query().isVisible(), "nothing is fetching for the new result");

        robot.clickOn("#resultFilterField").write("n <= 10").type(KeyCode.ENTER);
        waitUntil(() -> ui.resultTable().getItems().size() == 10);
        assertTrue(countLine().startsWith("10 rows · re-queried"), countLine());
        assertFalse(fetchAll().isVisible());

        waitUntil(() -> !robot.lookup("#addRowButton").queryButton().isDisabled() // its table's keys are read
                && cellOnScreen(ui.resultTable(), 0, 2) != null && "number 1".equals(cellOnScreen(ui.resultTable(), 0, 2).getText()));
        editFirstRowAndSave(2, "changed");
        assertEquals("changed", text("SELECT label FROM numbers WHERE n = 1"));
        assertEquals("red", text("SELECT name FROM colours WHERE id = 1"), "the old result's table is left alone");
    }

    @Test
    void aColumnKeptAtItsPlaceShowsTheNewColumnsNameTypeAlignmentAndChecks() throws Exception {
        ui.run("SELECT id, name FROM colours ORDER BY id");
        waitUntil(() -> ui.resultTable() != null && "red".equals(textAt(0, 2)));
        waitUntil(() -> cellOnScreen(ui.resultTable(), 0, 1).getAlignment().getHpos() == HPos.RIGHT);
        waitUntil(() -> !robot.lookup("#addRowButton").queryButton().isDisabled()); // its keys known: editable
        Set<Node> cellsBefore = valueCells();
        assertEquals(List.of("id", "name"), shownHeaderNames(), "the headers are not cut");

        ui.run("SELECT name, id FROM colours ORDER BY id");
        waitUntil(() -> "red".equals(textAt(0, 1)) && "1".equals(textAt(0, 2)));
        assertEquals(List.of("name", "id"), headers());
        assertEquals(List.of("text", "int4"), headerTypes());
        waitUntil(() -> shownHeaderNames().equals(List.of("name", "id")), () -> "headers shown as " + shownHeaderNames());
        waitUntil(() -> cellOnScreen(ui.resultTable(), 0, 1).getAlignment().getHpos() == HPos.LEFT
                && cellOnScreen(ui.resultTable(), 0, 2).getAlignment().getHpos() == HPos.RIGHT,
                () -> "text aligned " + cellOnScreen(ui.resultTable(), 0, 1).getAlignment()
                        + ", numbers aligned " + cellOnScreen(ui.resultTable(), 0, 2).getAlignment());
        waitUntil(() -> !robot.lookup("#addRowButton").queryButton().isDisabled());
        assertEquals(cellsBefore, valueCells(), "the grid kept its cells, also once the new result's keys were known: "
                + "no screenful made and styled again");
        Screenshots.save(ui.resultTable().getScene(), "rerun-columns-retyped");
        robot.clickOn("#themeToggle");
        Screenshots.save(ui.resultTable().getScene(), "rerun-columns-retyped-dark");
        robot.clickOn("#themeToggle");
        robot.doubleClickOn(cellOnScreen(ui.resultTable(), 0, 2));
        waitUntil(() -> robot.lookup("#cellEditor").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("two").push(KeyCode.ENTER);
        TextInputControl field = robot.lookup("#cellEditor").queryAs(TextInputControl.class);
        assertEquals("Not a number: two", field.getTooltip().getText(), "id is checked as the number it now is");
        robot.push(KeyCode.ESCAPE);
        editFirstRowAndSave(1, "rose");
        assertEquals("rose", text("SELECT name FROM colours WHERE id = 1"), "the edit went to the column it shows now");
    }

    @Test
    void fewerColumnsThenMoreShowExactlyTheNewResultsColumnsAndValues() throws Exception {
        ui.run("SELECT id, name FROM colours ORDER BY id");
        waitUntil(() -> ui.resultTable() != null && "red".equals(textAt(0, 2)));
        ui.run("SELECT name FROM colours ORDER BY id");
        waitUntil(() -> headers().equals(List.of("name")) && "red".equals(textAt(0, 1)));
        assertEquals(2, ui.resultTable().getColumns().size(), "row numbers and name");

        ui.run("SELECT id * 10 AS tens, name, id FROM colours ORDER BY id");
        waitUntil(() -> headers().equals(List.of("tens", "name", "id")) && "3".equals(textAt(2, 3)));
        assertEquals(List.of("int4", "text", "int4"), headerTypes());
        assertEquals(List.of("30", "blue", "3"), List.of(textAt(2, 1), textAt(2, 2), textAt(2, 3)));
    }

    @Test
    void aTabsFirstResultInThePaneMadeAheadShowsExactlyItsColumnsAndSavesItsEdits() throws Exception {
        warmUpAndPrepare(); // as the app does when its warm-up is on (the robot suite turns it off)
        waitUntil(() -> editorTab().hasPaneReady()); // made while the tab waits for its first query
        ui.run("SELECT name, id FROM colours ORDER BY id");
        waitUntil(() -> ui.resultTable() != null && "red".equals(textAt(0, 1)) && "1".equals(textAt(0, 2)));
        assertFalse(editorTab().hasPaneReady(), "the first result took the pane made for it");
        assertEquals(List.of("name", "id"), headers(), "none of the columns the pane was laid out with");
        assertEquals(List.of("text", "int4"), headerTypes());
        waitUntil(() -> shownHeaderNames().equals(List.of("name", "id")), () -> "headers shown as " + shownHeaderNames());
        waitUntil(() -> cellOnScreen(ui.resultTable(), 0, 1).getAlignment().getHpos() == HPos.LEFT
                && cellOnScreen(ui.resultTable(), 0, 2).getAlignment().getHpos() == HPos.RIGHT);
        assertEquals(List.of("blue", "3"), List.of(textAt(2, 1), textAt(2, 2)));
        assertEquals("3 rows", countLine());
        onlyTheSelectedGridIsTheResultTable(robot.lookup("#resultTabs").queryAs(TabPane.class));
        waitUntil(() -> !robot.lookup("#addRowButton").queryButton().isDisabled()); // its keys read: editable
        Screenshots.save(ui.resultTable().getScene(), "first-result-in-pane-made-ahead");
        editFirstRowAndSave(1, "rose");
        assertEquals("rose", text("SELECT name FROM colours WHERE id = 1"));

        robot.clickOn("#queryEditor");
        robot.push(KeyCode.CONTROL, KeyCode.T); // a new tab: more columns than its pane was laid out with
        waitUntil(() -> robot.lookup("#editorTabs").queryAs(TabPane.class).getTabs().size() == 3
                && !ui.button("#runButton").isDisabled(), () -> "tabs: " + robot.lookup("#editorTabs")
                .queryAs(TabPane.class).getTabs().size() + ", run disabled: " + ui.button("#runButton").isDisabled());
        robot.interact(() -> editorTab().prepareFirstPane());
        waitUntil(() -> editorTab().hasPaneReady());
        waitUntil(() -> editorTab().editor().isFocused(), () -> "focus on " + editorTab().editor().getScene().getFocusOwner()
                + ", window focused: " + editorTab().editor().getScene().getWindow().isFocused());
        ui.run("SELECT 1 AS c1, 'b' AS c2, 3 AS c3, 'd' AS c4, 5 AS c5, 'f' AS c6, 7 AS c7, 'h' AS c8, 9 AS c9, 'j' AS c10");
        waitUntil(() -> ui.resultTable() != null && "j".equals(textAt(0, 10)));
        assertEquals(List.of("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c10"), headers());
        assertEquals(List.of("1", "b", "3", "d", "5", "f", "7", "h", "9", "j"),
                java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(c -> textAt(0, c)).toList());
        assertEquals("1 row", countLine());
    }

    @Test
    void eachRunsResultTabsShowTheirOwnResultsFirstSelected() throws Exception {
        runScript("SELECT name FROM colours ORDER BY id;\nSELECT n FROM numbers ORDER BY n LIMIT 2;\nSELECT 'three' AS word;");
        TabPane tabs = robot.lookup("#resultTabs").queryAs(TabPane.class);
        waitUntil(() -> tabs.getTabs().size() == 3);
        robot.interact(() -> tabs.getSelectionModel().select(2));

        ui.run("UPDATE colours SET name = name WHERE id = 1");
        assertTrue(robot.lookup("#resultTable").tryQuery().isEmpty(), "no result shown after a statement without one");
        assertTrue(robot.lookup("#noResults").query().isVisible(), "the place of the results says there are none");

        ui.run("SELECT id, name FROM colours ORDER BY id");
        waitUntil(() -> tabs.isVisible() && tabs.getTabs().size() == 1 && "red".equals(textAt(0, 2)),
                () -> "visible " + tabs.isVisible() + ", " + tabs.getTabs().size() + " tabs, table " + ui.resultTable()
                        + ", messages " + ui.messages());
        assertEquals(0, tabs.getSelectionModel().getSelectedIndex());

        runScript("SELECT 'one' AS a;\nSELECT 2 AS b, 'two' AS c;");
        waitUntil(() -> tabs.getTabs().size() == 2 && "one".equals(textAt(0, 1)));
        assertEquals(List.of("a"), headers());
        onlyTheSelectedGridIsTheResultTable(tabs);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        waitUntil(() -> headers().equals(List.of("b", "c")) && "two".equals(textAt(0, 2)));
        onlyTheSelectedGridIsTheResultTable(tabs);
    }

    /** The grid warm-up run as the app runs it once its window shows, then the tab's first pane made ahead. */
    private void warmUpAndPrepare() throws Exception {
        java.util.concurrent.CompletableFuture<Void> warm = new java.util.concurrent.CompletableFuture<>();
        robot.interact(() -> dev.sextant.ui.results.GridWarmUp.whenIdle(() -> warm.complete(null)));
        warm.get(60, java.util.concurrent.TimeUnit.SECONDS);
        robot.interact(() -> editorTab().prepareFirstPane());
    }

    /** Result panes are handed from run to run: only the selected one's grid may answer to #resultTable. */
    private void onlyTheSelectedGridIsTheResultTable(TabPane tabs) {
        Set<Node> found = robot.lookup("#resultTable").queryAll();
        assertEquals(1, found.size(), "grids named resultTable");
        Node selected = tabs.getSelectionModel().getSelectedItem().getContent();
        assertTrue(selected.lookup("#resultTable") == found.iterator().next(), "the selected result's grid");
        assertEquals(1, robot.lookup("#fetchAllButton").queryAll().size(), "Fetch all buttons so named");
    }

    private void runScript(String script) throws Exception {
        ui.typeSql(script);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ENTER);
        waitUntil(() -> !ui.button("#runButton").isDisabled());
    }

    /** Types {@code text} into the first row's cell of grid column {@code column}, keeps it and saves that one change. */
    private void editFirstRowAndSave(int column, String text) throws Exception {
        robot.doubleClickOn(cellOnScreen(ui.resultTable(), 0, column));
        waitUntil(() -> robot.lookup("#cellEditor").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.A).write(text).push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#pendingChanges").queryAs(Label.class).getText().equals("1 change pending"));
        robot.clickOn("#saveChangesButton");
        waitUntil(() -> robot.lookup("#saveResult").queryAs(Label.class).getText().equals("Saved 1 change"));
    }

    private String textAt(int row, int column) {
        var cell = cellOnScreen(ui.resultTable(), row, column);
        return cell == null ? null : cell.getText();
    }

    private Set<Node> valueCells() {
        Set<Node> cells = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Node node : ui.resultTable().lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                    && cell.getTableColumn().getUserData() instanceof ResultColumn) {
                cells.add(node);
            }
        }
        return cells;
    }

    /** The header names as drawn: a name cut for want of room ends in an ellipsis. */
    private List<String> shownHeaderNames() {
        return ui.resultTable().getColumns().stream().filter(c -> c.getUserData() instanceof ResultColumn)
                .map(c -> ((javafx.scene.text.Text) c.getGraphic().lookup(".column-name").lookup(".text")).getText()).toList();
    }

    private List<String> headerTypes() {
        return ui.resultTable().getColumns().stream().filter(c -> c.getUserData() instanceof ResultColumn)
                .map(c -> ((Label) c.getGraphic().lookup(".column-type")).getText()).toList();
    }

    private EditorTabView editorTab() {
        return (EditorTabView) robot.lookup("#editorTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem()
                .getUserData();
    }

    private String countLine() {
        return robot.lookup(".result-count").queryAs(Label.class).getText();
    }

    private Button fetchAll() {
        return robot.lookup("#fetchAllButton").queryButton();
    }

    private List<String> headers() {
        return ui.resultTable().getColumns().stream().filter(c -> c.getUserData() instanceof ResultColumn)
                .map(c -> ((ResultColumn) c.getUserData()).label()).toList();
    }

    private String text(String sql) throws SQLException {
        return server.firstValue(DATABASE, sql);
    }
}
