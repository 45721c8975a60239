package dev.sextant.ui.app;

import dev.sextant.testsupport.Screenshots;
import dev.sextant.testsupport.TestPostgres;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
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
 * The tutorial's commit lesson through the window on the suite's PostgreSQL: after a failed
 * statement nothing claims a commit, and what the window says is what a second connection sees.
 */
class CommitHonestyRobotTest {

    private static final String DATABASE = "robot_commit";
    private static final String ROLLED_BACK = "The server rolled back the transaction: nothing was committed.";

    private static final TestPostgres server = TestPostgres.get();

    @RegisterExtension
    static final RunningApp running = RunningApp.onNewDatabase(DATABASE).beforeEachStart(
            "DROP TABLE IF EXISTS user_accounts",
            "CREATE TABLE user_accounts (id int PRIMARY KEY, name text, "
                    + "email text UNIQUE DEFERRABLE INITIALLY DEFERRED)",
            "INSERT INTO user_accounts VALUES (1, 'rose', 'rose@example.org'), (2, 'dq', 'dq@example.org')");
    private final FxRobot robot = running.robot();
    private final RobotSupport ui = running.ui();

    @BeforeEach
    void manualMode() throws Exception {
        robot.clickOn("#autocommitToggle");
        waitUntil(() -> !robot.lookup("#autocommitToggle").queryAs(ToggleButton.class).isSelected()
                && !robot.lookup("#autocommitToggle").query().isDisabled());
    }

    @Test
    void afterAFailedInsertCommitIsOffAndATypedCommitSaysTheServerRolledBack() throws Exception {
        ui.run("INSERT INTO user_accounts VALUES (3, 'sam', 'sam@example.org')");
        ui.run("INSERT INTO user_accounts VALUES (1, 'again', null)");
        waitUntil(() -> ui.txStatus().startsWith("Failed"));
        assertTrue(ui.messages().contains("Duplicate key value violates unique constraint \"user_accounts_pkey\".\n"
                + "DETAIL: Key (id)=(1) already exists."), ui.messages().toString());
        assertTrue(ui.button("#commitButton").isDisabled(), "a failed transaction cannot be committed");
        assertTrue(ui.button("#commitButton").getTooltip().getText().startsWith("The transaction failed"));
        assertFalse(ui.button("#rollbackButton").isDisabled());
        Screenshots.save(robot.lookup("#txStatus").query().getScene(), "commit-refused-in-failed-transaction");

        ui.run("COMMIT");
        waitUntil(() -> ui.messages().contains(ROLLED_BACK));
        assertFalse(ui.messages().stream().anyMatch(m -> m.contains("Committed")), ui.messages().toString());
        waitUntil(() -> ui.txStatus().startsWith("Idle"));
        assertEquals(0, count("SELECT count(*) FROM user_accounts WHERE id = 3"), "the server holds no row 3");
    }

    @Test
    void aDeferredConstraintAtCommitIsReportedAsARollbackWithTheServersDetail() throws Exception {
        ui.run("INSERT INTO user_accounts VALUES (3, 'copy', 'rose@example.org')");
        waitUntil(() -> ui.txStatus().startsWith("In transaction"));
        robot.clickOn("#commitButton");
        waitUntil(() -> ui.messages().stream().anyMatch(m -> m.startsWith(ROLLED_BACK)));
        String message = ui.messages().stream().filter(m -> m.startsWith(ROLLED_BACK)).findFirst().orElseThrow();
        assertTrue(message.contains("DETAIL: Key (email)=(rose@example.org) already exists."), message);
        assertFalse(ui.messages().contains("Committed."));
        waitUntil(() -> ui.txStatus().startsWith("Idle"));
        assertEquals(0, count("SELECT count(*) FROM user_accounts WHERE id = 3"));
    }

    @Test
    void closingAFailedTransactionsTabOffersNoCommitAndCancelIsTheDefault() throws Exception {
        ui.run("INSERT INTO user_accounts VALUES (1, 'again', null)");
        waitUntil(() -> ui.txStatus().startsWith("Failed"));
        int tabs = robot.lookup("#editorTabs").queryAs(TabPane.class).getTabs().size();
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        waitUntil(ui::questionShown);
        assertEquals("Close tab: this tab's transaction failed.",
                robot.lookup("#question").queryAs(DialogPane.class).getHeaderText());
        assertFalse(robot.lookup("#answerCommit").tryQuery().isPresent(), "nothing to commit: no Commit button");
        assertTrue(robot.lookup("#answerCancel").queryAs(Button.class).isDefaultButton(), "Enter changes nothing");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> !ui.questionShown());
        assertEquals(tabs, robot.lookup("#editorTabs").queryAs(TabPane.class).getTabs().size(), "the tab stayed");
        assertTrue(ui.txStatus().startsWith("Failed"));
    }

    @Test
    void quittingWhenTheCommitIsRolledBackKeepsTheWindowOpenAndSaysSo() throws Exception {
        ui.run("INSERT INTO user_accounts VALUES (3, 'copy', 'dq@example.org')");
        waitUntil(() -> ui.txStatus().startsWith("In transaction"));
        Window window = robot.lookup("#txStatus").query().getScene().getWindow();
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        waitUntil(ui::questionShown);
        assertTrue(robot.lookup("#answerCancel").queryAs(Button.class).isDefaultButton());
        assertFalse(robot.lookup("#answerCommit").queryAs(Button.class).isDefaultButton());
        ui.answer("answerCommit");
        waitUntil(() -> ui.messages().stream().anyMatch(m -> m.startsWith(ROLLED_BACK)));
        assertTrue(window.isShowing(), "the user hears it instead of the window vanishing");
        waitUntil(() -> ui.txStatus().startsWith("Idle"));
        assertEquals(0, count("SELECT count(*) FROM user_accounts WHERE id = 3"));
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
