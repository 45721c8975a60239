package dev.sextant.ui;

import dev.sextant.ui.editor.Message;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** What the robot tests do again and again: type SQL, press buttons, read what the window shows. */
final class RobotSupport {

    private final FxRobot robot;

    RobotSupport(FxRobot robot) {
        this.robot = robot;
    }

    void typeSql(String sql) {
        robot.clickOn("#queryEditor");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(sql);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types the SQL, presses Run and waits until the tab is no longer busy. */
    void run(String sql) throws Exception {
        typeSql(sql);
        robot.clickOn("#runButton");
        waitUntil(() -> !button("#runButton").isDisabled() || questionShown());
    }

    Button button(String query) {
        return robot.lookup(query).queryButton();
    }

    String txStatus() {
        return robot.lookup("#txStatus").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    List<String> messages() {
        ListView<Message> list = robot.lookup("#messages").queryAs(ListView.class);
        return List.copyOf(list.getItems()).stream().map(Message::text).toList();
    }

    @SuppressWarnings("unchecked")
    TableView<Object[]> resultTable() {
        return robot.lookup("#resultTable").tryQueryAs(TableView.class).orElse(null);
    }

    boolean questionShown() {
        return robot.lookup("#question").tryQuery().isPresent();
    }

    /** Waits for the question dialog and presses one of its answers (answerCommit, answerRun, …). */
    String answer(String answerId) throws Exception {
        waitUntil(this::questionShown);
        String header = robot.lookup("#question").queryAs(javafx.scene.control.DialogPane.class).getHeaderText();
        robot.clickOn("#" + answerId);
        waitUntil(() -> !questionShown());
        return header;
    }

    static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
