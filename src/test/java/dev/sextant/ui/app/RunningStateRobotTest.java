package dev.sextant.ui.app;

import dev.sextant.testsupport.Screenshots;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code txStatus} while work runs (a spinner and the seconds ticking) and its one fixed place in the toolbar. */
class RunningStateRobotTest {

    private static final String DATABASE = "robot_running";
    private static final Pattern RUNNING = Pattern.compile("Running · [1-9]\\d* s");

    @RegisterExtension
    static final RunningApp running = RunningApp.onNewDatabase(DATABASE)
            .once("CREATE TABLE items (id int PRIMARY KEY, name text)");
    private final FxRobot robot = running.robot();
    private final RobotSupport ui = running.ui();

    @Test
    void aSlowStatementShowsRunningWithTheSecondsTickingThenTheStateReadBack() throws Exception {
        ui.typeSql("SELECT pg_sleep(2)");
        List<String> seen = new ArrayList<>();
        robot.clickOn("#runButton");
        waitUntil(() -> {
            seen.add(ui.txStatus());
            return RUNNING.matcher(ui.txStatus()).matches();
        });
        assertTrue(ui.button("#runButton").isDisabled(), "the statement is still running");
        assertInstanceOf(ProgressIndicator.class, status().getGraphic(), "a spinner turns beside the seconds");
        assertTrue(status().getTooltip().getText().startsWith("Running for "), status().getTooltip().getText());
        Screenshots.save(status().getScene(), "tx-status-running-1280");

        waitUntil(() -> !ui.button("#runButton").isDisabled());
        waitUntil(() -> ui.txStatus().equals("Idle · autocommit"));
        assertNull(status().getGraphic(), "no spinner once it ended");
        assertTrue(seen.stream().allMatch(t -> t.startsWith("Running") || t.startsWith("Idle")), seen.toString());
    }

    @Test
    void theLongestStateFitsAtTwelveEightyAndTheDetailsAreInTheTooltip() throws Exception {
        robot.clickOn("#autocommitToggle");
        waitUntil(() -> !robot.lookup("#autocommitToggle").queryAs(ToggleButton.class).isSelected()
                && !robot.lookup("#autocommitToggle").query().isDisabled());
        assertEquals("Idle · manual commit", ui.txStatus());
        assertWhollyShownBeforeTheOptions();
        double idleWidth = status().getWidth();

        ui.run("INSERT INTO items VALUES (1, 'one')");
        waitUntil(() -> ui.txStatus().equals("In transaction"));
        String tip = status().getTooltip().getText();
        assertTrue(tip.startsWith("In transaction for "), tip);
        assertTrue(tip.contains(" s · 1 statement, 1 row changed."), tip);
        assertTrue(tip.endsWith("Click to see what Commit will change."), tip);
        assertWhollyShownBeforeTheOptions();
        assertEquals(idleWidth, status().getWidth(), "the indicator keeps its place whatever it says");
        Screenshots.save(status().getScene(), "tx-status-open-1280");

        Stage stage = (Stage) status().getScene().getWindow();
        double width = stage.getWidth();
        double height = stage.getHeight();
        robot.interact(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
        });
        try {
            waitUntil(() -> status().getScene().getWidth() >= 1900);
            assertWhollyShownBeforeTheOptions();
            Screenshots.save(status().getScene(), "tx-status-open-1920");
            robot.clickOn("#rollbackButton");
            waitUntil(() -> ui.txStatus().startsWith("Idle"));
        } finally {
            // The primary stage is shared by every robot test that follows: give its size back.
            robot.interact(() -> {
                stage.setWidth(width);
                stage.setHeight(height);
            });
        }
    }

    private Label status() {
        return robot.lookup("#txStatus").queryAs(Label.class);
    }

    /** The label's drawn text is its whole text (not cut with an ellipsis) and Options starts after it. */
    private void assertWhollyShownBeforeTheOptions() throws Exception {
        robot.interact(() -> status().getScene().getRoot().layout());
        Label label = status();
        Text drawn = (Text) label.lookup(".text");
        assertEquals(label.getText(), drawn.getText(), "drawn whole");
        Node options = robot.lookup("#optionsButton").query();
        Bounds statusBounds = label.localToScene(label.getBoundsInLocal());
        Bounds optionBounds = options.localToScene(options.getBoundsInLocal());
        assertTrue(optionBounds.getMinX() >= statusBounds.getMaxX(), statusBounds + " / " + optionBounds);
        Node last = robot.lookup("#themeToggle").query();
        Bounds lastBounds = last.localToScene(last.getBoundsInLocal());
        assertTrue(lastBounds.getMaxX() <= label.getScene().getWidth(), "the whole toolbar is on screen: " + lastBounds);
    }
}
