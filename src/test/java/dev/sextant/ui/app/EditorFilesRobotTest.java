package dev.sextant.ui.app;

import dev.sextant.testsupport.FxThreadRobot;
import dev.sextant.core.connect.ConnectionEnvironment;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.store.AppHome;
import dev.sextant.core.store.EditorBuffers;
import dev.sextant.testsupport.Screenshots;
import dev.sextant.ui.dialogs.SqlFilePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The editor's text as the user's work: kept across restarts, never closed away without a
 * question, saved to and opened from .sql files, and found again in the query history.
 */
class EditorFilesRobotTest {

    @TempDir
    Path home;

    private final FxRobot robot = new FxThreadRobot();
    private final RobotSupport ui = new RobotSupport(robot);
    private SextantApp app;
    private Path sqlToOpen;
    private Path sqlToSave;

    private final SqlFilePicker picker = new SqlFilePicker() {
        @Override
        public Optional<Path> openSqlFile(Window owner) {
            return Optional.ofNullable(sqlToOpen);
        }

        @Override
        public Optional<Path> saveSqlFile(Window owner, String suggestedName) {
            return Optional.ofNullable(sqlToSave);
        }
    };

    @BeforeEach
    void startApp() throws Exception {
        start();
    }

    @AfterEach
    void stopApp() throws Exception {
        RobotSupport.stopApp(app);
    }

    private void start() throws Exception {
        System.setProperty("sextant.home", home.toString());
        FxToolkit.registerPrimaryStage();
        app = (SextantApp) FxToolkit.setupApplication(() -> new SextantApp(owner -> Optional.empty(), picker,
                new ConnectionEnvironment(Map.of(), home, "tester")));
        waitUntil(() -> !tabs().isEmpty());
    }

    private void restart() throws Exception {
        RobotSupport.stopApp(app);
        start();
    }

    @Test
    void tabsAndTheirTextComeBackAfterARestart() throws Exception {
        waitUntil(() -> !ui.button("#runButton").isDisabled());
        ui.typeSql("SELECT 'kept across restarts' AS note");
        Path other = home.resolve("inventory.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE things (name TEXT)");
        }
        robot.interact(() -> app.window().openSqliteFile(other));
        waitUntil(() -> tabs().size() == 2 && !ui.button("#runButton").isDisabled());
        ui.typeSql("SELECT name FROM things");
        // Saved about a second after typing stops, while the app runs: a crash would not lose it.
        waitUntil(() -> Files.exists(home.resolve("editor-buffers.json"))
                && Files.readString(home.resolve("editor-buffers.json")).contains("SELECT name FROM things"));

        restart();

        waitUntil(() -> tabs().size() == 2);
        assertEquals(List.of("sample.db", "inventory.sqlite"), tabs().stream().map(Tab::getText).toList());
        assertEquals("SELECT 'kept across restarts' AS note", textOf(tabs().get(0)));
        assertEquals("SELECT name FROM things", textOf(tabs().get(1)));
        assertEquals(tabs().get(1), robot.lookup("#editorTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem(),
                "the tab that was selected is selected again");
        waitUntil(() -> !ui.button("#runButton").isDisabled()); // reconnected to its file
        assertEquals(2, robot.lookup("#schemaTree").queryAs(TreeView.class).getRoot().getChildren().size(),
                "each connection once in the tree, and no extra sample tab");
    }

    @Test
    void aPostgresTabWithoutAKnownPasswordComesBackUnconnectedWithItsText() throws Exception {
        RobotSupport.stopApp(app);
        ConnectionSpec postgres = ConnectionSpec.postgres("localhost", 1, "dq", "rose");
        new EditorBuffers(AppHome.at(home)).save(new EditorBuffers.Snapshot(List.of(
                new EditorBuffers.Buffer("rose@localhost:1/dq", "SELECT * FROM precious", 7, postgres, null, true)), 0));

        start();

        waitUntil(() -> ui.messages().stream().anyMatch(m -> m.startsWith("Not connected")));
        assertEquals(1, tabs().size(), "the kept tab replaces the sample tab");
        assertEquals("SELECT * FROM precious", textOf(tabs().get(0)));
        assertEquals(List.of("Not connected: Sextant knows no password for rose@localhost:1/dq. Sign in in the Connect"
                + " dialog (it opens filled in with this tab's connection); this tab then uses it."), ui.messages());
        assertTrue(ui.button("#runButton").isDisabled());
        assertFalse(Files.readString(home.resolve("editor-buffers.json")).toLowerCase().contains("password"));

        // The dialog opened by itself, filled in with the tab's connection: only the password is missing.
        waitUntil(() -> robot.lookup("#hostField").tryQuery().isPresent());
        assertEquals("localhost", robot.lookup("#hostField").queryAs(javafx.scene.control.TextField.class).getText());
        assertEquals("1", robot.lookup("#portField").queryAs(javafx.scene.control.TextField.class).getText());
        assertEquals("dq", robot.lookup("#databaseField").queryAs(javafx.scene.control.TextField.class).getText());
        assertEquals("rose", robot.lookup("#userField").queryAs(javafx.scene.control.TextField.class).getText());
        robot.interact(() -> robot.lookup("#hostField").query().getScene().getWindow().hide());
    }

    @Test
    void aTabInManualModeComesBackInManualModeSoRolledBackTextIsNotCommittedByOneRun() throws Exception {
        waitUntil(() -> !ui.button("#runButton").isDisabled());
        robot.clickOn("#autocommitToggle");
        waitUntil(() -> !robot.lookup("#autocommitToggle").queryAs(javafx.scene.control.ToggleButton.class).isSelected()
                && !robot.lookup("#autocommitToggle").query().isDisabled());
        ui.run("INSERT INTO notes (user_id, title, created) VALUES (1, 'rolled back on purpose', '2026-12-01')");
        robot.clickOn("#rollbackButton");
        waitUntil(() -> ui.txStatus().startsWith("Idle"));
        waitUntil(() -> Files.readString(home.resolve("editor-buffers.json")).contains("rolled back on purpose")
                && Files.readString(home.resolve("editor-buffers.json")).contains("\"autocommit\":false"));

        restart();

        waitUntil(() -> !ui.button("#runButton").isDisabled() && ui.txStatus().startsWith("Idle"));
        assertFalse(robot.lookup("#autocommitToggle").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                "still in manual mode");
        assertEquals("Idle · manual commit", ui.txStatus());
        ui.run("INSERT INTO notes (user_id, title, created) VALUES (1, 'rolled back on purpose', '2026-12-01')");
        waitUntil(() -> ui.txStatus().startsWith("In transaction"));
    }

    @Test
    void aPostgresTabComesBackConnectedWithThePasswordFromPgpass() throws Exception {
        RobotSupport.stopApp(app);
        dev.sextant.testsupport.TestPostgres server = dev.sextant.testsupport.TestPostgres.get();
        Path pgpass = Files.writeString(home.resolve(".pgpass"),
                server.host() + ":" + server.port() + ":postgres:" + server.user() + ":" + server.password() + "\n");
        Files.setPosixFilePermissions(pgpass, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        ConnectionSpec postgres = ConnectionSpec.postgres(server.host(), server.port(), "postgres", server.user());
        new EditorBuffers(AppHome.at(home)).save(new EditorBuffers.Snapshot(List.of(
                new EditorBuffers.Buffer(postgres.displayName(), "SELECT 7 AS seven", 0, postgres, null, true)), 0));

        start();

        waitUntil(() -> !ui.button("#runButton").isDisabled());
        assertEquals(List.of("Connected to " + postgres.displayName() + "."), ui.messages());
        robot.clickOn("#runButton");
        waitUntil(() -> ui.resultTable() != null);
        assertEquals(7, ((Number) ui.resultTable().getItems().get(0)[0]).intValue());
        assertFalse(Files.readString(home.resolve("editor-buffers.json")).contains(server.password()));
    }

    @Test
    void closingATabWithUnsavedTextAsksAndCancelKeepsIt() throws Exception {
        waitUntil(() -> !ui.button("#runButton").isDisabled());
        ui.typeSql("SELECT 'my work'");

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        assertEquals("Close tab: sample.db has text that is not saved in a file.", ui.answer("answerCancel"));
        assertEquals(1, tabs().size());
        assertEquals("SELECT 'my work'", textOf(tabs().get(0)));

        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        ui.answer("answerDiscard");
        waitUntil(() -> tabs().isEmpty());
    }

    @Test
    void theSampleTextClosesWithoutAQuestion() throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(() -> tabs().isEmpty());
        assertFalse(ui.questionShown());
    }

    @Test
    void saveToAFileThenOpenItAgain() throws Exception {
        waitUntil(() -> !ui.button("#runButton").isDisabled());
        ui.typeSql("SELECT count(*) FROM users;");
        sqlToSave = home.resolve("report.sql");
        robot.clickOn("#saveSqlButton");
        waitUntil(() -> Files.exists(sqlToSave) && "report.sql".equals(tabs().get(0).getText()));
        assertEquals("SELECT count(*) FROM users;", Files.readString(sqlToSave));

        robot.clickOn("#queryEditor");
        robot.push(KeyCode.END);
        robot.write(" -- more");
        waitUntil(() -> "report.sql *".equals(tabs().get(0).getText()));
        sqlToSave = null; // the tab has its file now: Ctrl+S must not ask again
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> "report.sql".equals(tabs().get(0).getText()));
        assertEquals("SELECT count(*) FROM users; -- more", Files.readString(home.resolve("report.sql")));
        try (var files = Files.list(home)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }

        sqlToOpen = Files.writeString(home.resolve("other.sql"), "SELECT 42;\n");
        robot.clickOn("#openSqlButton");
        waitUntil(() -> tabs().size() == 2);
        assertEquals("other.sql", tabs().get(1).getText());
        assertEquals("SELECT 42;\n", textOf(tabs().get(1)));
        waitUntil(() -> !ui.button("#runButton").isDisabled()); // on the selected tab's connection
        robot.clickOn("#runButton");
        waitUntil(() -> ui.resultTable() != null);
        assertEquals(42L, ((Number) ui.resultTable().getItems().get(0)[0]).longValue());
    }

    @Test
    void historyFindsAStatementAndPutsItIntoTheEditor() throws Exception {
        waitUntil(() -> !ui.button("#runButton").isDisabled());
        ui.run("SELECT username FROM users ORDER BY id LIMIT 3");
        ui.run("SELECT count(*) AS albums FROM albums");
        ui.run("SELEC typo");

        robot.clickOn("#historyButton");
        waitUntil(() -> historyList() != null && historyList().getItems().size() == 3);
        assertEquals("SELEC typo", historyList().getItems().get(0).sql(), "newest first");
        assertTrue(historyList().getItems().get(0).failed());
        assertEquals("3 rows", historyList().getItems().get(2).outcome());
        Screenshots.save(historyList().getScene(), "query-history");

        robot.clickOn("#historySearch");
        robot.write("ALBUMS");
        waitUntil(() -> historyList().getItems().size() == 1);
        robot.push(KeyCode.ENTER);
        waitUntil(() -> historyList() == null);

        CodeArea editor = robot.lookup("#queryEditor").queryAs(CodeArea.class);
        assertEquals("SELECT count(*) AS albums FROM albums", editor.getSelectedText(), "the picked statement, selected");
        assertTrue(editor.getText().startsWith("SELEC typo"), "added after what was there");
        robot.clickOn("#runButton");
        waitUntil(() -> ui.resultTable() != null);
        assertEquals(1, ui.resultTable().getItems().size());
    }

    @Test
    void theToolbarFitsAWindow1280PixelsWide() throws Exception {
        waitUntil(() -> !ui.button("#runButton").isDisabled());
        javafx.scene.layout.HBox toolbar = robot.lookup("#toolbar").queryAs(javafx.scene.layout.HBox.class);
        assertEquals(1280, toolbar.getScene().getWidth(), 0.5);
        double needed = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> toolbar.prefWidth(-1)).get();
        String widths = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> toolbar.getChildren().stream()
                .map(n -> (n.getId() == null ? n.getClass().getSimpleName() : n.getId()) + "=" + Math.round(n.prefWidth(-1)))
                .toList().toString()).get();
        assertTrue(needed <= 1280, "the toolbar needs " + needed + " px: " + widths);
        Screenshots.save(toolbar.getScene(), "editor-files-toolbar");
    }

    // --- helpers --------------------------------------------------------------------------

    private List<Tab> tabs() {
        return robot.lookup("#editorTabs").tryQueryAs(TabPane.class).map(p -> List.copyOf(p.getTabs())).orElse(List.of());
    }

    private static String textOf(Tab tab) {
        return ((dev.sextant.ui.editor.EditorTabView) tab.getUserData()).editor().getText();
    }

    @SuppressWarnings("unchecked")
    private ListView<dev.sextant.core.store.HistoryEntry> historyList() {
        return robot.lookup("#historyList").tryQueryAs(ListView.class).orElse(null);
    }
}
