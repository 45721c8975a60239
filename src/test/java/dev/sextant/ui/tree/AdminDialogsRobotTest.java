package dev.sextant.ui.tree;

import dev.sextant.core.admin.PrivilegeHolder;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The administration forms on their own, headless, filled in by the robot. */
@ExtendWith(ApplicationExtension.class)
class AdminDialogsRobotTest {

    private Stage window;
    private AdminDialogs dialogs;

    @Start
    void start(Stage stage) {
        window = stage;
        dialogs = new AdminDialogs(() -> window);
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @Test
    void thePrivilegesListOnlyTellsSoItHasOneCloseButton(FxRobot robot) throws Exception {
        CompletableFuture<Void> closed = new CompletableFuture<>();
        Platform.runLater(() -> {
            dialogs.showPrivileges("public.items", List.of(new PrivilegeHolder("rose", "SELECT", "postgres", false)));
            closed.complete(null);
        });
        until(() -> robot.lookup("#form").tryQuery().isPresent());

        DialogPane form = robot.lookup("#form").queryAs(DialogPane.class);
        assertEquals(List.of(ButtonType.CLOSE), List.copyOf(form.getButtonTypes()));
        robot.clickOn("#formOk");
        closed.get(5, TimeUnit.SECONDS);
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
