package dev.sextant.ui;

import dev.sextant.testsupport.Screenshots;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.sextant.ui.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status bar and the messages show the latest outcome, not one that scrolled or was superseded. */
class LatestOutcomeRobotTest {

    @TempDir
    Path home;
    private final FxRobot robot = new FxRobot();
    private final RobotSupport ui = new RobotSupport(robot);
    private SextantApp app;

    @BeforeEach
    void startApp() throws Exception {
        app = ui.startApp(home);
    }

    @AfterEach
    void stopApp() throws Exception {
        RobotSupport.stopApp(app);
    }

    private String statusBar() {
        return robot.lookup("#statusBar .label").queryAs(Label.class).getText();
    }

    @Test
    void aFileThatWouldNotOpenLeavesTheStatusBarAtTheNextRun() throws Exception {
        Path broken = Files.writeString(home.resolve("broken.db"), "this is not a database, only words");
        robot.interact(() -> app.window().openSqliteFile(broken));
        waitUntil(() -> statusBar().startsWith("Could not open broken.db"));

        ui.run("SELECT 1");
        waitUntil(() -> statusBar().startsWith("sample.db · 1 row, "));
        ui.run("SELECT 1");
        assertTrue(statusBar().startsWith("sample.db · 1 row, "), statusBar());

        robot.interact(() -> app.window().openSqliteFile(broken));
        waitUntil(() -> statusBar().startsWith("Could not open broken.db"));
        ui.run("SELECT 1"); // the same summary as the run before the failure
        waitUntil(() -> statusBar().startsWith("sample.db · 1 row, "));
        Screenshots.save(robot.lookup("#statusBar").query().getScene(), "status-bar-latest");
    }
}
