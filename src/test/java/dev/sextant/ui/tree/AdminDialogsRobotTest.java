package dev.sextant.ui.tree;

import dev.sextant.core.admin.GrantTarget;
import dev.sextant.core.admin.Privilege;
import dev.sextant.core.admin.PrivilegeHolder;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void enterOnADropQuestionAnswersCancel(FxRobot robot) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.confirmDrop("DROP TABLE public.items")));
        until(() -> robot.lookup("#form").tryQuery().isPresent());
        assertTrue(robot.lookup("#formCancel").queryButton().isDefaultButton(), "Cancel is what Enter presses");
        assertTrue(!robot.lookup("#formOk").queryButton().isDefaultButton());
        robot.push(javafx.scene.input.KeyCode.ENTER);
        assertEquals(false, answer.get(5, TimeUnit.SECONDS), "nothing dropped");
    }

    @Test
    void theGrantFormOffersTheServersRolesAndTheTutorialsTwoPresets(FxRobot robot) throws Exception {
        ObservableList<String> roles = FXCollections.observableArrayList();
        CompletableFuture<Optional<AdminDialogs.GrantRequest>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(dialogs.grant(GrantTarget.table("dq", "public", "items"),
                Privilege.forTables(), roles)));
        until(() -> robot.lookup("#grantRoleField").tryQuery().isPresent());
        robot.interact(() -> roles.setAll("admin", "rose")); // read in the background: arrives later

        ComboBox<String> role = robot.lookup("#grantRoleField").queryComboBox();
        assertEquals(List.of("admin", "rose"), List.copyOf(role.getItems()));
        assertTrue(role.isEditable(), "a role not listed can still be typed");
        assertEquals(List.of("privilegeSELECT", "privilegeINSERT", "privilegeUPDATE", "privilegeDELETE",
                "privilegeTRUNCATE", "privilegeREFERENCES", "privilegeTRIGGER", "privilegeALL"), privilegeBoxes(robot));

        robot.clickOn("#readOnlyPreset");
        assertEquals(List.of("privilegeSELECT"), ticked(robot));
        robot.clickOn("#readWritePreset");
        assertEquals(List.of("privilegeSELECT", "privilegeINSERT", "privilegeUPDATE", "privilegeDELETE"), ticked(robot));
        robot.clickOn("#grantRoleField").write("tutorial_writer");
        dev.sextant.testsupport.Screenshots.save(role.getScene(), "grant-dialog");
        robot.clickOn("#formOk");

        assertEquals(Optional.of(new AdminDialogs.GrantRequest("tutorial_writer", AdminDialogs.READ_WRITE, true)),
                answer.get(5, TimeUnit.SECONDS));
    }

    private static List<String> privilegeBoxes(FxRobot robot) {
        return robot.lookup("#form .check-box").queryAllAs(CheckBox.class).stream()
                .sorted(java.util.Comparator.comparingDouble(b -> b.localToScene(0, 0).getY()))
                .map(CheckBox::getId).filter(id -> id.startsWith("privilege")).toList();
    }

    private static List<String> ticked(FxRobot robot) {
        List<String> on = robot.lookup("#form .check-box").queryAllAs(CheckBox.class).stream()
                .filter(CheckBox::isSelected).map(CheckBox::getId).toList();
        return privilegeBoxes(robot).stream().filter(on::contains).toList();
    }

    private static void until(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }
}
