package dev.sextant.ui.app;

import dev.sextant.testsupport.FxThreadRobot;
import dev.sextant.testsupport.Screenshots;
import javafx.scene.control.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the main toolbar looks at rest, read from the real window. */
class ToolbarLookRobotTest {

    @TempDir
    Path home;

    private final FxRobot robot = new FxThreadRobot();
    private SextantApp app;

    @AfterEach
    void stop() throws Exception {
        RobotSupport.stopApp(app);
    }

    @Test
    void aDisabledCancelStillReadsAsAButtonNotAnEmptyCheckbox() throws Exception {
        app = new RobotSupport(robot).startApp(home);
        Button cancel = robot.lookup("#cancelButton").queryButton();

        assertTrue(cancel.isDisabled(), "nothing is running");
        assertEquals("Cancel", cancel.getText(), "it says what it does, also when greyed out");
        assertNotEquals("fth-square", ((FontIcon) cancel.getGraphic()).getIconLiteral(), "an empty square reads as a checkbox");
        Screenshots.save(cancel.getScene(), "toolbar-idle");
    }
}
