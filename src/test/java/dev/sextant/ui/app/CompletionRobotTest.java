package dev.sextant.ui.app;

import dev.sextant.testsupport.FxThreadRobot;
import dev.sextant.core.complete.Suggestion;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.util.List;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The completion popup in the running app, on the sample SQLite file: tables made in the tab
 * are offered (DDL in the tab refreshes the names), Ctrl+Space lists them, Enter inserts, Esc
 * closes, and a table's alias and a dot list its columns.
 */
class CompletionRobotTest {

    @TempDir
    Path home;
    private final FxRobot robot = new FxThreadRobot();
    private final RobotSupport ui = new RobotSupport(robot);
    private SextantApp app;

    @BeforeEach
    void startAppAndMakeTables() throws Exception {
        app = ui.startApp(home);
        ui.run("CREATE TABLE invoice (id INTEGER PRIMARY KEY, customer TEXT, total REAL)");
        ui.run("CREATE TABLE invoice_line (invoice_id INTEGER, line_no INTEGER, amount REAL)");
        ui.run("CREATE TABLE track (id INTEGER, title TEXT, milliseconds INTEGER)");
    }

    @AfterEach
    void stopApp() throws Exception {
        RobotSupport.stopApp(app);
    }

    private CodeArea editor() {
        return robot.lookup("#queryEditor").queryAs(CodeArea.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<Suggestion> popup() {
        return robot.lookup("#completionPopup").tryQueryAs(ListView.class).orElse(null);
    }

    private boolean popupShowing() {
        ListView<Suggestion> list = popup();
        return list != null && list.getScene() != null && list.getScene().getWindow() != null
                && list.getScene().getWindow().isShowing();
    }

    private List<String> labels() {
        return popup().getItems().stream().map(Suggestion::label).toList();
    }

    /** Waits until the popup shows suggestions that include {@code expected}. */
    private void waitForSuggestions(String... expected) throws Exception {
        try {
            waitUntil(() -> popupShowing() && labels().containsAll(List.of(expected)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("popup showing: " + popupShowing() + ", items: "
                    + (popup() == null ? "none" : labels()) + ", messages: " + ui.messages(), e);
        }
    }

    @Test
    void ctrlSpaceAfterFromListsTheTablesStartingWithWhatWasTyped() throws Exception {
        ui.typeSql("SELECT * FROM inv");
        robot.push(KeyCode.CONTROL, KeyCode.SPACE);
        waitForSuggestions("invoice", "invoice_line");
        assertEquals(List.of("invoice", "invoice_line"), labels().subList(0, 2));
        assertFalse(labels().contains("track"));
        assertTrue(popup().getItems().get(0).kind() == Suggestion.Kind.TABLE);

        robot.push(KeyCode.DOWN);
        robot.push(KeyCode.ENTER);
        waitUntil(() -> !popupShowing());
        assertEquals("SELECT * FROM invoice_line", editor().getText(), "Enter inserts the chosen one");
    }

    @Test
    void anAliasAndADotListItsColumns() throws Exception {
        ui.typeSql("SELECT t. FROM track t");
        robot.interact(() -> editor().moveTo("SELECT t.".length()));
        robot.push(KeyCode.CONTROL, KeyCode.SPACE);
        waitForSuggestions("id", "title", "milliseconds");
        assertEquals(List.of("id", "title", "milliseconds"), labels());
        assertEquals(Suggestion.Kind.COLUMN, popup().getItems().get(1).kind());
        assertEquals("text", popup().getItems().get(1).detail());

        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !popupShowing());
        assertEquals("SELECT t. FROM track t", editor().getText(), "Esc closes without inserting");
    }

    @Test
    void typingAfterFromOpensThePopupByItselfAndTabInserts() throws Exception {
        ui.typeSql("SELECT * FROM tr");
        waitForSuggestions("track");
        robot.push(KeyCode.TAB);
        waitUntil(() -> !popupShowing());
        assertEquals("SELECT * FROM track", editor().getText());
    }

    @Test
    void theListStaysInsideTheEditorClearOfExplainAndAClickOnRunClosesItAndStillRuns() throws Exception {
        ui.typeSql("SELECT * FROM track");
        waitForSuggestions("track");
        javafx.geometry.Bounds list = popup().localToScreen(popup().getBoundsInLocal());
        javafx.scene.Node area = editor().getParent();
        javafx.geometry.Bounds editorArea = area.localToScreen(area.getBoundsInLocal());
        javafx.scene.Node explain = robot.lookup("#explainButton").query();
        assertTrue(editorArea.contains(list.getMinX(), list.getMinY()) && editorArea.contains(list.getMaxX() - 1, list.getMaxY() - 1),
                list + " lies inside " + editorArea);
        assertFalse(list.intersects(explain.localToScreen(explain.getBoundsInLocal())), "Explain stays clickable");

        robot.clickOn("#runButton");
        waitUntil(() -> !popupShowing() && ui.resultTable() != null);
        assertEquals("SELECT * FROM track", editor().getText(), "the click ran the statement; nothing was inserted");
        assertEquals(List.of("id", "title", "milliseconds"), ui.resultTable().getColumns().stream().skip(1)
                .map(c -> ((dev.sextant.core.result.ResultColumn) c.getUserData()).label()).toList());
    }
}
