package dev.sextant.ui.app;

import dev.sextant.testsupport.TestPostgres;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.Clipboard;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * psql's {@code \x} in a script run from the window, on the suite's PostgreSQL: the next result
 * shows one record at a time as column | value pairs ({@code recordView}), the tab says the mode
 * is on ({@code recordModeLabel}), and {@code \x off} brings the grid back.
 */
class RecordViewRobotTest {

    private static final String DATABASE = "robot_records";
    private static TestPostgres server;

    @TempDir
    Path home;
    private final FxRobot robot = new FxRobot();
    private final RobotSupport ui = new RobotSupport(robot);
    private SextantApp app;

    @BeforeAll
    static void createDatabase() throws SQLException {
        server = TestPostgres.get();
        server.recreateDatabase(DATABASE);
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE person (id int PRIMARY KEY, name text, note text)");
            s.execute("INSERT INTO person VALUES (1, 'Ada', NULL), (2, 'Grace', 'compilers'), (3, 'Edsger', 'goto')");
        }
    }

    @BeforeEach
    void startAppOnPostgres() throws Exception {
        app = ui.startApp(home);
        ui.openConnection(app, server.endpoint(DATABASE));
    }

    @AfterEach
    void stopApp() throws Exception {
        RobotSupport.stopApp(app);
    }

    @Test
    void xThenASelectShowsOneRecordAtATimeAndXOffBringsTheGridBack() throws Exception {
        runScript("\\x\nSELECT id, name, note FROM person ORDER BY id;\n");
        waitUntil(() -> recordView() != null);

        assertTrue(ui.messages().contains("Expanded display is on."), ui.messages().toString());
        assertEquals("-[ RECORD 1 ]-", text("#recordTitle"));
        assertEquals(List.of("id | 1", "name | Ada", "note | NULL"), pairs());
        assertNull(ui.resultTable(), "the record view stands where the grid was");
        Label mode = robot.lookup("#recordModeLabel").queryAs(Label.class);
        assertTrue(mode.isVisible(), "the tab says its results show as records");
        assertEquals("\\x on", mode.getText());

        robot.clickOn("#nextRecordButton");
        assertEquals("-[ RECORD 2 ]-", text("#recordTitle"));
        assertEquals(List.of("id | 2", "name | Grace", "note | compilers"), pairs());
        assertEquals("Grace\ncompilers\n", copied(1, 2), "Ctrl+C copies the selected values, one line each, as the grid copies a column");

        runScript("\\x off\nSELECT id, name FROM person ORDER BY id;\n");
        waitUntil(() -> ui.resultTable() != null && ui.resultTable().getItems().size() == 3);
        assertNull(recordView());
        assertTrue(ui.messages().contains("Expanded display is off."), ui.messages().toString());
        assertFalse(robot.lookup("#recordModeLabel").queryAs(Label.class).isVisible());
    }

    @Test
    void theModeStaysOnForTheTabsNextRunAsPsqlKeepsItForItsSession() throws Exception {
        runScript("\\x on\n");
        runScript("SELECT name FROM person WHERE id = 3;\n");
        waitUntil(() -> recordView() != null);
        assertEquals(List.of("name | Edsger"), pairs());
        assertTrue(robot.lookup("#nextRecordButton").queryButton().isDisabled(), "one row: no record after it");
    }

    @Test
    void autoShowsRecordsForAResultWiderThanThePaneAndTheGridForANarrowOne() throws Exception {
        String wide = java.util.stream.IntStream.rangeClosed(1, 40).mapToObj(i -> "'value " + i + "' AS column_" + i)
                .collect(java.util.stream.Collectors.joining(", "));
        runScript("\\x auto\nSELECT " + wide + ";\n");
        waitUntil(() -> recordView() != null);
        assertEquals(40, pairs().size());
        assertEquals("column_40 | value 40", pairs().get(39));
        assertEquals("\\x auto", robot.lookup("#recordModeLabel").queryAs(Label.class).getText());

        runScript("SELECT name FROM person ORDER BY id;\n");
        waitUntil(() -> ui.resultTable() != null && ui.resultTable().getItems().size() == 3);
        assertNull(recordView(), "one column fits: the grid");
    }

    /** Puts {@code script} in the editor as it is (typing it would open completion lists) and runs it all. */
    private void runScript(String script) throws Exception {
        CodeArea editor = robot.lookup("#queryEditor").queryAs(CodeArea.class);
        robot.interact(() -> editor.replaceText(script));
        robot.clickOn("#runScriptButton");
        waitUntil(() -> !ui.button("#runButton").isDisabled());
    }

    @SuppressWarnings("unchecked")
    private TableView<Object[]> recordView() {
        return robot.lookup("#recordView").tryQueryAs(TableView.class).orElse(null);
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** The record's lines as the user reads them: column | value, NULL for a null. */
    private List<String> pairs() {
        return recordView().getItems().stream()
                .map(line -> line[0] + " | " + (line[1] == null ? "NULL" : String.valueOf(line[1]))).toList();
    }

    /** Selects the values of lines {@code from}..{@code to} and presses Ctrl+C; what the clipboard then holds. */
    private String copied(int from, int to) throws Exception {
        TableView<Object[]> view = recordView();
        robot.interact(() -> {
            view.getSelectionModel().clearSelection();
            view.getSelectionModel().selectRange(from, view.getColumns().get(1), to, view.getColumns().get(1));
            view.requestFocus();
        });
        robot.push(KeyCode.CONTROL, KeyCode.C);
        CompletableFuture<String> copied = new CompletableFuture<>();
        robot.interact(() -> copied.complete(Clipboard.getSystemClipboard().getString()));
        return copied.get();
    }
}
