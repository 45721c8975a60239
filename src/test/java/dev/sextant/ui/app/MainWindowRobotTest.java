package dev.sextant.ui.app;

import dev.sextant.testsupport.FxThreadRobot;
import dev.sextant.core.connect.ConnectionEnvironment;
import dev.sextant.testsupport.Screenshots;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts the real app on a fresh {@code sextant.home} and drives it the way a person would,
 * by clicking and typing into the controls named in the UI automation contract.
 */
class MainWindowRobotTest {

    @TempDir
    Path home;

    private final FxRobot robot = new FxThreadRobot();
    private SextantApp app;
    private Path fileToPick;

    @BeforeEach
    void startApp() throws Exception {
        System.setProperty("sextant.home", home.toString());
        FxToolkit.registerPrimaryStage();
        app = (SextantApp) FxToolkit.setupApplication(() -> new SextantApp(owner -> Optional.ofNullable(fileToPick), new ConnectionEnvironment(Map.of(), home, "tester")));
        waitUntil(() -> tablesInTree(0).contains("users"));
        waitUntil(() -> !robot.lookup("#runButton").queryButton().isDisabled());
    }

    @AfterEach
    void stopApp() throws Exception {
        RobotSupport.stopApp(app);
    }

    @Test
    void treeListsTheSampleTables() throws Exception {
        assertTrue(tablesInTree(0).containsAll(List.of("users", "notes", "artists", "albums", "tracks", "album_lengths")),
                "tree shows " + tablesInTree(0));
        Screenshots.save(robot.lookup("#schemaTree").query().getScene(), "main-window-sample");
    }

    @Test
    void typedQueryRunsAndShowsItsRows() throws Exception {
        typeSql("SELECT username, email FROM users ORDER BY id");
        robot.clickOn("#runButton");
        waitUntil(() -> resultTable() != null && !resultTable().getItems().isEmpty());

        TableView<Object[]> table = resultTable();
        assertEquals(count("SELECT count(*) FROM users"), table.getItems().size());
        assertEquals(firstString("SELECT username FROM users ORDER BY id LIMIT 1"), table.getItems().get(0)[0]);
        assertEquals(List.of("#", "", ""), table.getColumns().stream().map(c -> c.getText()).toList(),
                "row numbers, then the two columns (their headers are graphics: name over type)");
        assertEquals("1", ((javafx.scene.control.TableCell<?, ?>) robot.lookup("#resultTable .table-row-cell .table-cell")
                .query()).getText(), "the first row is numbered 1");
        Screenshots.save(table.getScene(), "query-rows");
    }

    @Test
    void ctrlEnterRunsTheStatementAtTheCaretAndCtrlShiftEnterTheWholeScript() throws Exception {
        typeSql("SELECT count(*) FROM artists;\nSELECT title FROM albums ORDER BY id LIMIT 3;");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        waitUntil(() -> resultTable() != null);
        assertEquals(List.of("SELECT: 3 rows"), messages(), "only the statement under the caret (the last one) ran");
        assertEquals(3, resultTable().getItems().size());

        typeSql("SELECT name FROM artists ORDER BY id LIMIT 2;\n"
                + "UPDATE artists SET country = country WHERE id <= 4;\n"
                + "SELECT count(*) FROM albums;");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.ENTER);
        waitUntil(() -> messages().size() == 3 && !robot.lookup("#runButton").queryButton().isDisabled());
        assertEquals(List.of("SELECT: 2 rows", "UPDATE: 4 rows", "SELECT: 1 row"), messages(), "in order");
        assertEquals(2, robot.lookup("#resultTabs").queryAs(javafx.scene.control.TabPane.class).getTabs().size());
    }

    @Test
    void disconnectingAsksAboutOpenWorkThenClosesTheTabsAndTheTreeNode() throws Exception {
        RobotSupport ui = new RobotSupport(robot);
        switchAutocommitOff();
        typeSql("DELETE FROM notes WHERE user_id = 1");
        robot.clickOn("#runButton");
        waitUntil(() -> txStatus().startsWith("In transaction"));
        long notes = count("SELECT count(*) FROM notes");

        ui.contextCommand(ui.treeItem("sample.db"), "Disconnect");
        waitUntil(ui::questionShown);
        assertEquals("Close tab: this tab has an open transaction.", questionHeader());
        robot.clickOn("#answerRollback");
        // Then the typed DELETE, text in no file, gets its own question.
        waitUntil(() -> ui.questionShown() && questionHeader().contains("not saved"));
        robot.clickOn("#answerDiscard");
        waitUntil(() -> connectionsInTree() == 0);
        assertTrue(robot.lookup("#editorTabs").queryAs(javafx.scene.control.TabPane.class).getTabs().isEmpty());
        assertEquals(notes, count("SELECT count(*) FROM notes"), "rolled back, as answered");
    }

    @Test
    void manualCommitIsInvisibleToOthersUntilCommit() throws Exception {
        switchAutocommitOff();
        typeSql("INSERT INTO notes (user_id, title, created) VALUES (1, 'robot note', '2024-05-01')");
        robot.clickOn("#runButton");
        waitUntil(() -> txStatus().startsWith("In transaction"));
        assertTrue(messages().contains("INSERT: 1 row"), "messages: " + messages());
        assertEquals(0, count("SELECT count(*) FROM notes WHERE title = 'robot note'"),
                "a second connection must not see the uncommitted row");

        robot.clickOn("#commitButton");
        waitUntil(() -> txStatus().startsWith("Idle"));
        assertEquals(1, count("SELECT count(*) FROM notes WHERE title = 'robot note'"));
    }

    @Test
    void rollbackDiscardsTheChange() throws Exception {
        long before = count("SELECT count(*) FROM notes");
        switchAutocommitOff();
        typeSql("DELETE FROM notes WHERE user_id <= 20");
        robot.clickOn("#runButton");
        waitUntil(() -> txStatus().startsWith("In transaction"));
        assertFalse(robot.lookup("#rollbackButton").queryButton().isDisabled());

        robot.clickOn("#rollbackButton");
        waitUntil(() -> txStatus().startsWith("Idle"));
        assertEquals(before, count("SELECT count(*) FROM notes"));
        assertTrue(robot.lookup("#commitButton").queryButton().isDisabled(), "nothing left to commit");
    }

    @Test
    void sqlTypoGivesOnePlainSentenceAndTheTabStaysUsable() throws Exception {
        typeSql("SELEC * FROM users");
        robot.clickOn("#runButton");
        waitUntil(() -> messages().stream().anyMatch(m -> m.toLowerCase().contains("syntax error")));
        assertEquals(List.of("Syntax error near \"SELEC\"."), messages(), "one plain sentence, nothing else");

        typeSql("SELECT count(*) FROM artists");
        robot.clickOn("#runButton");
        waitUntil(() -> resultTable() != null);
        assertEquals(count("SELECT count(*) FROM artists"), ((Number) resultTable().getItems().get(0)[0]).longValue());
    }

    @Test
    void aFileThatIsNotADatabaseGetsOneSentence() throws Exception {
        fileToPick = Files.writeString(home.resolve("shopping.txt"), "eggs\nmilk\nthis is not a database at all\n");
        robot.clickOn("#openFileButton");
        waitUntil(() -> messages().stream().anyMatch(m -> m.startsWith("Could not open")));
        assertTrue(messages().contains("Could not open shopping.txt: that file is not a SQLite database."),
                "messages: " + messages());
        assertEquals(1, connectionsInTree(), "nothing was added to the tree");
        assertEquals("eggs\nmilk\nthis is not a database at all\n", Files.readString(fileToPick), "the file is untouched");

        typeSql("SELECT 1 + 1");
        robot.clickOn("#runButton");
        waitUntil(() -> resultTable() != null);
        assertEquals(2L, ((Number) resultTable().getItems().get(0)[0]).longValue());
    }

    @Test
    void anotherSqliteFileOpensInItsOwnTab() throws Exception {
        Path other = home.resolve("inventory.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE things (name TEXT, qty INTEGER)");
            s.execute("INSERT INTO things VALUES ('bolt', 12), ('nut', 30)");
        }
        fileToPick = other;
        robot.clickOn("#openFileButton");
        waitUntil(() -> connectionsInTree() == 2 && tablesInTree(1).contains("things"));
        waitUntil(() -> !robot.lookup("#runButton").queryButton().isDisabled());

        typeSql("SELECT name, qty FROM things ORDER BY qty");
        robot.clickOn("#runButton");
        waitUntil(() -> resultTable() != null);
        assertEquals(2, resultTable().getItems().size());
        assertEquals("bolt", resultTable().getItems().get(0)[0]);
    }

    // --- helpers --------------------------------------------------------------------------

    private String questionHeader() {
        return robot.lookup("#question").queryAs(javafx.scene.control.DialogPane.class).getHeaderText();
    }

    private void switchAutocommitOff() throws Exception {
        robot.clickOn("#autocommitToggle");
        waitUntil(() -> !robot.lookup("#autocommitToggle").queryAs(ToggleButton.class).isSelected()
                && !robot.lookup("#autocommitToggle").query().isDisabled());
        assertTrue(txStatus().startsWith("Idle"));
    }

    private void typeSql(String sql) {
        robot.clickOn("#queryEditor");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(sql);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String txStatus() {
        return robot.lookup("#txStatus").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private List<String> messages() {
        ListView<dev.sextant.core.run.Message> list = robot.lookup("#messages").queryAs(ListView.class);
        return list.getItems().stream().map(dev.sextant.core.run.Message::text).toList();
    }

    @SuppressWarnings("unchecked")
    private TableView<Object[]> resultTable() {
        return robot.lookup("#resultTable").tryQueryAs(TableView.class).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private TreeView<Object> tree() {
        return robot.lookup("#schemaTree").queryAs(TreeView.class);
    }

    private int connectionsInTree() {
        return tree().getRoot().getChildren().size();
    }

    private List<String> tablesInTree(int connection) {
        List<TreeItem<Object>> roots = tree().getRoot().getChildren();
        if (roots.size() <= connection) {
            return List.of();
        }
        return roots.get(connection).getChildren().stream().map(item -> {
            Object entry = item.getValue();
            return entry instanceof dev.sextant.ui.tree.TreeEntry.DatabaseObject o ? o.node().name() : "";
        }).toList();
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("sample.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String firstString(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("sample.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
