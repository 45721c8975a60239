package dev.sextant.ui.app;

import dev.sextant.testsupport.FxThreadRobot;
import dev.sextant.testsupport.Screenshots;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main window at the two sizes people use most, on the sample database with a result: the
 * toolbar fits and the grid shows a screenful of rows.
 */
class WindowSizesRobotTest {

    @TempDir
    Path home;
    private final FxRobot robot = new FxThreadRobot();
    private final RobotSupport ui = new RobotSupport(robot);
    private SextantApp app;
    private double width;
    private double height;

    @BeforeEach
    void start() throws Exception {
        app = ui.startApp(home);
        Stage stage = stage();
        width = stage.getWidth();
        height = stage.getHeight();
    }

    @AfterEach
    void stop() throws Exception {
        Stage stage = stage();
        robot.interact(() -> { // the primary stage is shared by the robot tests that follow
            stage.setWidth(width);
            stage.setHeight(height);
        });
        RobotSupport.stopApp(app);
    }

    @Test
    void atBothSizesTheToolbarFitsAndAScreenfulOfRowsShows() throws Exception {
        robot.clickOn("#runButton");
        waitUntil(() -> ui.resultTable() != null && !ui.resultTable().getItems().isEmpty());
        {
            for (int[] size : new int[][] {{1280, 800}, {1920, 1080}}) {
                resize(size[0], size[1]);
                HBox toolbar = robot.lookup("#toolbar").queryAs(HBox.class);
                double needed = WaitForAsyncUtils.asyncFx(() -> toolbar.prefWidth(-1)).get();
                assertTrue(needed <= size[0], "the toolbar needs " + needed + " px at " + size[0]);
                Screenshots.save(toolbar.getScene(), "window-" + size[0] + "x" + size[1]);
                int wanted = 15;
                try {
                    waitUntil(() -> rowsOnScreen() >= wanted); // the count line follows the grid's next layout
                } catch (java.util.concurrent.TimeoutException e) {
                    throw new AssertionError(rowsOnScreen() + " rows on screen at " + size[0] + "x" + size[1], e);
                }
            }
        }
    }

    private void resize(int w, int h) throws Exception {
        Stage stage = stage();
        robot.interact(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
        });
        waitUntil(() -> Math.abs(stage.getScene().getWidth() - w) < 2 && Math.abs(stage.getScene().getHeight() - h) < 40);
        robot.interact(() -> stage.getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The count line says which rows are on screen: "Rows 1–15 of 40". */
    private int rowsOnScreen() throws Exception {
        waitUntil(() -> robot.lookup(".result-count").tryQuery().isPresent());
        String line = robot.lookup(".result-count").queryAs(Label.class).getText();
        String[] range = line.substring("Rows ".length(), line.indexOf(" of ")).replace(",", "").split("–");
        return Integer.parseInt(range[1]) - Integer.parseInt(range[0]) + 1;
    }

    private Stage stage() {
        return (Stage) robot.lookup("#toolbar").query().getScene().getWindow();
    }
}
