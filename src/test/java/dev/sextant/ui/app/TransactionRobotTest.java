package dev.sextant.ui.app;

import dev.sextant.testsupport.Screenshots;
import dev.sextant.testsupport.TestPostgres;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The transaction controls driven through the window against the suite's real PostgreSQL:
 * every answer is checked from a second, independent connection.
 */
class TransactionRobotTest {

    private static final String DATABASE = "robot_tx";
    private static final TestPostgres server = TestPostgres.get();

    @RegisterExtension
    static final RunningApp running = RunningApp.onNewDatabase(DATABASE).beforeEachStart(
            "DROP TABLE IF EXISTS items",
            "CREATE TABLE items (id int PRIMARY KEY, name text)",
            "INSERT INTO items SELECT g, 'item ' || g FROM generate_series(1, 1000) g");
    private final FxRobot robot = running.robot();
    private final RobotSupport ui = running.ui();

    @BeforeAll
    static void dropTheDatabaseATestMakes() throws SQLException {
        try (Connection c = TestPostgres.get().connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS robot_made_db");
        }
    }

    @Test
    void turningAutocommitOnWithAnOpenTransactionAsksAndCommitDoesWhatItSays() throws Exception {
        switchAutocommit(false);
        ui.run("INSERT INTO items VALUES (1001, 'robot')");
        assertTrue(ui.txStatus().startsWith("In transaction"), ui.txStatus());
        assertEquals(0, count("SELECT count(*) FROM items WHERE id = 1001"));

        robot.clickOn("#autocommitToggle");
        String question = ui.answer("answerCommit");
        assertEquals("Turn autocommit on: this tab has an open transaction.", question);
        waitUntil(() -> ui.txStatus().equals("Idle · autocommit"));
        assertEquals(1, count("SELECT count(*) FROM items WHERE id = 1001"));
        assertTrue(robot.lookup("#autocommitToggle").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void cancellingTheQuestionKeepsTheTransactionAndTheMode() throws Exception {
        switchAutocommit(false);
        ui.run("INSERT INTO items VALUES (1001, 'robot')");
        robot.clickOn("#autocommitToggle");
        ui.answer("answerCancel");
        assertFalse(robot.lookup("#autocommitToggle").queryAs(ToggleButton.class).isSelected());
        assertTrue(ui.txStatus().startsWith("In transaction"));
        assertEquals(0, count("SELECT count(*) FROM items WHERE id = 1001"));
    }

    @Test
    void closingATabWithAnOpenTransactionAsksAndRollBackDiscards() throws Exception {
        switchAutocommit(false);
        ui.run("DELETE FROM items WHERE id <= 500");
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(ui::questionShown);
        assertEquals("Close tab: this tab has an open transaction.",
                robot.lookup("#question").queryAs(javafx.scene.control.DialogPane.class).getHeaderText());
        robot.clickOn("#answerRollback");
        // The typed DELETE is in no file: the text question comes second.
        assertTrue(ui.answer("answerDiscard").endsWith("has text that is not saved in a file."));
        waitUntil(() -> robot.lookup("#editorTabs").queryAs(javafx.scene.control.TabPane.class).getTabs().size() == 1);
        waitUntil(() -> activeBackends() == 0);
        assertEquals(1000, count("SELECT count(*) FROM items"));
    }

    @Test
    void quittingWithAnOpenTransactionAsksAndCommitKeepsTheWork() throws Exception {
        switchAutocommit(false);
        ui.run("UPDATE items SET name = 'renamed' WHERE id = 7");
        Window window = robot.lookup("#txStatus").query().getScene().getWindow();
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        assertEquals("Quit: 1 tab has an open transaction.", ui.answer("answerCommit"));
        waitUntil(() -> !window.isShowing());
        assertEquals(1, count("SELECT count(*) FROM items WHERE name = 'renamed'"));
    }

    @Test
    void anErrorShowsFailedAndRollbackReturnsToIdle() throws Exception {
        switchAutocommit(false);
        ui.run("INSERT INTO items VALUES (1001, 'lost')");
        ui.run("INSERT INTO items VALUES (1, 'duplicate')");
        waitUntil(() -> ui.txStatus().startsWith("Failed"));
        assertTrue(ui.messages().contains("The transaction failed: only Rollback (or ROLLBACK TO SAVEPOINT) can continue."),
                ui.messages().toString());
        assertFalse(ui.button("#rollbackButton").isDisabled());
        robot.clickOn("#rollbackButton");
        waitUntil(() -> ui.txStatus().startsWith("Idle"));
        assertEquals(0, count("SELECT count(*) FROM items WHERE id = 1001"));
    }

    @Test
    void withTheSavepointOptionEarlierStatementsSurviveAndCommit() throws Exception {
        robot.clickOn("#optionsButton");
        robot.clickOn("Roll back only the failed statement (keep the rest of the transaction)");
        switchAutocommit(false);
        ui.run("INSERT INTO items VALUES (1001, 'kept')");
        ui.run("INSERT INTO items VALUES (1, 'duplicate')");
        assertTrue(ui.messages().contains("Only the failed statement was rolled back; the transaction goes on."),
                ui.messages().toString());
        waitUntil(() -> ui.txStatus().startsWith("In transaction"));
        robot.clickOn("#commitButton");
        waitUntil(() -> ui.txStatus().startsWith("Idle"));
        assertEquals(1, count("SELECT count(*) FROM items WHERE id = 1001"));
    }

    @Test
    void typedBeginAndCommitAreFollowedByTheIndicator() throws Exception {
        ui.typeSql("BEGIN; INSERT INTO items VALUES (1001, 'typed');");
        robot.clickOn("#runScriptButton");
        waitUntil(() -> ui.txStatus().startsWith("In transaction"));
        assertFalse(ui.button("#commitButton").isDisabled(), "Commit can end a typed BEGIN");
        ui.run("COMMIT");
        waitUntil(() -> ui.txStatus().startsWith("Idle"));
        assertEquals(1, count("SELECT count(*) FROM items WHERE id = 1001"));
    }

    @Test
    void createDatabaseInManualModeIsOfferedItsOwnConnection() throws Exception {
        switchAutocommit(false);
        ui.run("INSERT INTO items VALUES (1001, 'pending')");
        ui.typeSql("CREATE DATABASE robot_made_db");
        robot.clickOn("#runButton");
        assertEquals("CREATE DATABASE cannot run inside a transaction block.", ui.answer("answerRun"));
        waitUntil(() -> ui.messages().contains("CREATE DATABASE: done"));
        assertEquals(1, countIn("postgres", "SELECT count(*) FROM pg_database WHERE datname = 'robot_made_db'"));
        assertTrue(ui.txStatus().startsWith("In transaction"), "the editor's transaction is untouched: " + ui.txStatus());
        assertEquals(0, count("SELECT count(*) FROM items WHERE id = 1001"));
        robot.clickOn("#commitButton");
        waitUntil(() -> ui.txStatus().startsWith("Idle"));
        assertEquals(1, count("SELECT count(*) FROM items WHERE id = 1001"));
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE robot_made_db");
        }
    }

    @Test
    void aTerminatedBackendIsToldReconnectedAndNothingReRuns() throws Exception {
        ui.run("SELECT pg_backend_pid()");
        int pid = ((Number) ui.resultTable().getItems().get(0)[0]).intValue();
        switchAutocommit(false);
        ui.run("INSERT INTO items VALUES (1001, 'doomed')");
        ui.run("INSERT INTO items VALUES (1002, 'doomed')");
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(" + pid + ")");
        }
        ui.run("SELECT 1");
        waitUntil(() -> ui.messages().stream().anyMatch(m -> m.startsWith("Reconnected")));
        assertTrue(ui.messages().contains(
                "The server ended the session: the open transaction was lost and its 2 statements were not committed."),
                ui.messages().toString());
        assertTrue(ui.txStatus().startsWith("Idle"), ui.txStatus());
        assertFalse(robot.lookup("#autocommitToggle").queryAs(ToggleButton.class).isSelected(), "still manual mode");
        assertEquals(0, count("SELECT count(*) FROM items WHERE id > 1000"));
        Screenshots.save(robot.lookup("#txStatus").query().getScene(), "connection-lost");
    }

    @Test
    void updateWithoutWhereAsksWithTheRowCount() throws Exception {
        ui.typeSql("UPDATE items SET name = 'everything'");
        robot.clickOn("#runButton");
        assertEquals("UPDATE without WHERE: it will change all 1,000 rows of items.", ui.answer("answerRun"));
        waitUntil(() -> ui.messages().contains("UPDATE: 1,000 rows"));
        assertEquals(1000, count("SELECT count(*) FROM items WHERE name = 'everything'"));
    }

    private void switchAutocommit(boolean on) throws Exception {
        robot.clickOn("#autocommitToggle");
        waitUntil(() -> robot.lookup("#autocommitToggle").queryAs(ToggleButton.class).isSelected() == on
                && !robot.lookup("#autocommitToggle").query().isDisabled());
        assertTrue(ui.txStatus().startsWith("Idle"));
    }

    private long activeBackends() throws SQLException {
        return countIn("postgres", "SELECT count(*) FROM pg_stat_activity WHERE datname = '" + DATABASE
                + "' AND state LIKE 'idle in transaction%'");
    }

    private static long count(String sql) throws SQLException {
        return countIn(DATABASE, sql);
    }

    private static long countIn(String database, String sql) throws SQLException {
        try (Connection c = server.connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
