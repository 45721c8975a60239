package dev.sextant.ui.app;

import dev.sextant.testsupport.FxThreadRobot;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The real app whose history and crash-recovery files cannot be written (each made a directory
 * with something in it, which even root cannot write over): the user must be told, in one sentence.
 */
class BackgroundProblemsRobotTest {

    @TempDir
    Path home;

    private final FxRobot robot = new FxThreadRobot();
    private final RobotSupport support = new RobotSupport(robot);
    private SextantApp app;

    @AfterEach
    void stop() throws Exception {
        RobotSupport.stopApp(app);
    }

    @Test
    void aHistoryThatCannotBeWrittenIsToldInTheMessagesAndTheStatusBar() throws Exception {
        app = support.startApp(home);
        blockWithADirectory(home.resolve("history.db"));

        support.run("SELECT 1");

        String sentence = "The query history is not being kept: Sextant could not write to " + home.resolve("history.db");
        waitUntil(() -> support.messages().stream().anyMatch(m -> m.startsWith(sentence)));
        waitUntil(() -> statusBarText().startsWith(sentence));
    }

    @Test
    void theHistoryWindowSaysWhenItCannotReadTheHistory() throws Exception {
        app = support.startApp(home);
        blockWithADirectory(home.resolve("history.db"));

        robot.clickOn("#historyButton");

        String sentence = "Could not read the history in " + home.resolve("history.db");
        waitUntil(() -> robot.lookup("#historyCount").tryQueryAs(Label.class)
                .map(l -> l.getText() != null && l.getText().startsWith(sentence)).orElse(false));
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void crashRecoveryThatCannotSaveIsTold() throws Exception {
        app = support.startApp(home);
        blockWithADirectory(home.resolve("editor-buffers.json"));

        support.typeSql("SELECT 'kept?'");

        String sentence = "Crash recovery is not working: Sextant could not save the editor text to "
                + home.resolve("editor-buffers.json");
        waitUntil(() -> support.messages().stream().anyMatch(m -> m.startsWith(sentence)));
    }

    @Test
    void keptTabsThatCannotBeReadAreToldAndMovedAside() throws Exception {
        Files.writeString(home.resolve("editor-buffers.json"), "{ not json");

        app = support.startApp(home);

        String sentence = "The editor tabs of the last run could not be read; their file was moved to "
                + home.resolve("editor-buffers.json.unreadable");
        waitUntil(() -> support.messages().stream().anyMatch(m -> m.startsWith(sentence)));
    }

    @Test
    void aSampleThatCannotBeMadeIsToldAndTheWindowStaysUsable() throws Exception {
        blockWithADirectory(home.resolve("sample.db.partial")); // where the sample is built before it moves in place

        app = RobotSupport.launch(home);

        String sentence = "Could not create the sample database at " + home.resolve("sample.db") + ".";
        waitUntil(() -> statusBarText().equals(sentence));
        robot.clickOn("#newConnectionButton"); // the window still answers: the connection dialog opens
        waitUntil(() -> robot.lookup("#engineChoice").tryQuery().isPresent());
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        assertFalse(Files.exists(home.resolve("sample.db")), "no half-made sample left in its place");
    }

    private static void blockWithADirectory(Path file) throws Exception {
        Files.deleteIfExists(file);
        Files.createDirectories(file.resolve("in-the-way"));
    }

    private String statusBarText() {
        String text = robot.lookup("#statusBar #statusText").queryAs(Label.class).getText();
        return text == null ? "" : text;
    }
}
