package dev.sextant.ui.app;

import dev.sextant.testsupport.Screenshots;
import dev.sextant.core.run.Message;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status bar and the messages show the latest outcome, not one that scrolled or was superseded. */
class LatestOutcomeRobotTest {

    @RegisterExtension
    static final RunningApp running = RunningApp.onSample();
    private final FxRobot robot = running.robot();
    private final RobotSupport ui = running.ui();

    private String statusBar() {
        return robot.lookup("#statusBar .label").queryAs(Label.class).getText();
    }

    @Test
    void aFileThatWouldNotOpenLeavesTheStatusBarAtTheNextRun() throws Exception {
        Path broken = Files.writeString(running.home().resolve("broken.db"), "this is not a database, only words");
        robot.interact(() -> running.app().window().openSqliteFile(broken));
        waitUntil(() -> statusBar().startsWith("Could not open broken.db"));

        ui.run("SELECT 1");
        waitUntil(() -> statusBar().startsWith("sample.db · 1 row, "));
        ui.run("SELECT 1");
        assertTrue(statusBar().startsWith("sample.db · 1 row, "), statusBar());

        robot.interact(() -> running.app().window().openSqliteFile(broken));
        waitUntil(() -> statusBar().startsWith("Could not open broken.db"));
        ui.run("SELECT 1"); // the same summary as the run before the failure
        waitUntil(() -> statusBar().startsWith("sample.db · 1 row, "));
        Screenshots.save(robot.lookup("#statusBar").query().getScene(), "status-bar-latest");
    }

    @Test
    void afterManyMessagesTheLastIsInViewAndALongOneIsWrappedWhole() throws Exception {
        org.fxmisc.richtext.CodeArea editor = robot.lookup("#queryEditor").queryAs(org.fxmisc.richtext.CodeArea.class);
        // Typing 40 lines takes the robot long; rows changed, not result tabs, keep the run about the messages.
        robot.interact(() -> editor.replaceText("CREATE TEMP TABLE scratch (x INTEGER);\n"
                + "INSERT INTO scratch VALUES (1);\n".repeat(39)));
        robot.clickOn("#runScriptButton");
        waitUntil(() -> !ui.button("#runButton").isDisabled() && !ui.messages().isEmpty());
        assertEquals(41, ui.messages().size(), ui.messages().toString());
        assertTrue(ui.messages().get(40).startsWith("40 statements, 39 rows changed, "), ui.messages().get(40));
        waitUntil(() -> cellShown(40) != null);
        assertWithinTheList(cellShown(40));

        double oneLineHeight = cellShown(40).getHeight();
        String longText = "A long notice: " + "every word of this sentence must stay readable, ".repeat(8) + "the end.";
        robot.interact(() -> running.app().window().selectedEditor().model().messages().add(Message.notice(longText)));
        waitUntil(() -> cellShown(41) != null);
        ListCell<Message> cell = cellShown(41);
        assertEndsWithinTheList(cell); // taller than the pane may be: its last line is what shows
        assertTrue(cell.getHeight() > 2 * oneLineHeight, "wrapped onto several lines: " + cell.getHeight());
        assertEquals(longText, ((javafx.scene.text.Text) cell.lookup(".text")).getText(), "nothing cut off");
        Screenshots.save(cell.getScene(), "messages-latest");
    }

    @SuppressWarnings("unchecked")
    private ListView<Message> messageList() {
        return robot.lookup("#messages").queryAs(ListView.class);
    }

    /** The cell drawing message {@code index}, if the list shows it. */
    @SuppressWarnings("unchecked")
    private ListCell<Message> cellShown(int index) {
        return messageList().lookupAll(".list-cell").stream().map(n -> (ListCell<Message>) n)
                .filter(c -> c.getIndex() == index && c.isVisible() && c.getItem() != null).findFirst().orElse(null);
    }

    private void assertEndsWithinTheList(ListCell<Message> cell) {
        ListView<Message> list = messageList();
        Bounds listBounds = list.localToScene(list.getBoundsInLocal());
        Bounds cellBounds = cell.localToScene(cell.getBoundsInLocal());
        assertTrue(cellBounds.getMaxY() <= listBounds.getMaxY() + 1 && cellBounds.getMaxY() > listBounds.getMinY(),
                "its end in view: " + cellBounds + " in " + listBounds);
    }

    private void assertWithinTheList(ListCell<Message> cell) {
        ListView<Message> list = messageList();
        Bounds listBounds = list.localToScene(list.getBoundsInLocal());
        Bounds cellBounds = cell.localToScene(cell.getBoundsInLocal());
        assertTrue(cellBounds.getMinY() >= listBounds.getMinY() - 1 && cellBounds.getMaxY() <= listBounds.getMaxY() + 1,
                "in view: " + cellBounds + " in " + listBounds);
        assertTrue(cellBounds.getMaxX() <= listBounds.getMaxX() + 1, "no sideways scrolling: " + cellBounds);
    }
}
