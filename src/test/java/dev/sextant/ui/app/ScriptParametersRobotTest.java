package dev.sextant.ui.app;

import dev.sextant.testsupport.TestPostgres;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parameter form and the continue-after-error option, driven through the window on PostgreSQL. */
class ScriptParametersRobotTest {

    private static final String DATABASE = "robot_params";
    private static final TestPostgres server = TestPostgres.get();

    @RegisterExtension
    static final RunningApp running = RunningApp.onNewDatabase(DATABASE).beforeEachStart(
            "DROP TABLE IF EXISTS notes",
            "CREATE TABLE notes (id int PRIMARY KEY)");
    private final FxRobot robot = running.robot();
    private final RobotSupport ui = running.ui();

    @Test
    void namedParametersAreAskedInAFormAndTheirValuesReachTheResult() throws Exception {
        ui.run("SELECT :greeting || ' ' || :name");
        waitUntil(ui::questionShown);
        assertEquals("Text", robot.lookup("#paramType1").queryAs(ChoiceBox.class).getValue());
        ui.fill("param1", "Hello");
        ui.fill("param2", "Rose O'Neil");
        robot.clickOn("#answerRun");
        waitUntil(() -> ui.resultTable() != null && !ui.resultTable().getItems().isEmpty());
        TableView<Object[]> table = ui.resultTable();
        assertEquals("Hello Rose O'Neil", table.getItems().get(0)[0]);
    }

    @Test
    void aNumberRowRefusesTextAndCancelRunsNothing() throws Exception {
        ui.run("INSERT INTO notes VALUES (:id)");
        waitUntil(ui::questionShown);
        robot.interact(() -> robot.lookup("#paramType1").queryAs(ChoiceBox.class).getSelectionModel().select("Number"));
        ui.fill("param1", "seven");
        assertTrue(ui.button("#answerRun").isDisabled(), "Run waits for a number");
        ui.fill("param1", "7");
        waitUntil(() -> !ui.button("#answerRun").isDisabled());
        ui.answer("answerCancel");
        waitUntil(() -> ui.messages().contains("INSERT was not run: its parameters were not given."));
        assertEquals(0, count("SELECT count(*) FROM notes"));
    }

    @Test
    void withContinueOnAScriptReportsEachErrorAndRunsTheRest() throws Exception {
        robot.clickOn("#optionsButton");
        robot.clickOn("Continue the script after an error");
        ui.typeSql("INSERT INTO notes VALUES (1); INSERT INTO notes VALUES (1); INSERT INTO notes VALUES (2);");
        robot.clickOn("#runScriptButton");
        waitUntil(() -> ui.messages().size() >= 3 && !ui.button("#runButton").isDisabled());
        assertEquals("INSERT: 1 row", ui.messages().get(0));
        assertTrue(ui.messages().get(1).startsWith("Duplicate key"), ui.messages().toString());
        assertEquals("INSERT: 1 row", ui.messages().get(2));
        assertEquals(2, count("SELECT count(*) FROM notes"));
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
