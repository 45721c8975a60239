package dev.sextant.ui.app;

import dev.sextant.testsupport.Screenshots;
import dev.sextant.ui.editor.EditorTabView;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;


import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ctrl+T and the tab strip's "+" open an empty tab on the selected tab's connection, with a session of its own. */
class NewTabRobotTest {

    @RegisterExtension
    static final RunningApp running = RunningApp.onSample();
    private final FxRobot robot = running.robot();
    private final RobotSupport ui = running.ui();

    private TabPane tabs() {
        return robot.lookup("#editorTabs").queryAs(TabPane.class);
    }

    private EditorTabView selected() {
        return (EditorTabView) tabs().getSelectionModel().getSelectedItem().getUserData();
    }

    private long firstNumber() throws Exception {
        try {
            waitUntil(() -> ui.resultTable() != null && !ui.resultTable().getItems().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no rows shown; messages: " + ui.messages() + ", status: " + ui.txStatus(), e);
        }
        return ((Number) ui.resultTable().getItems().get(0)[0]).longValue();
    }

    @Test
    void ctrlTOpensATabOnTheSameConnectionWhoseTransactionIsItsOwn() throws Exception {
        EditorTabView sample = selected();
        robot.clickOn("#queryEditor"); // where the keys are pressed: the editor must not keep Ctrl+T for itself
        robot.push(KeyCode.CONTROL, KeyCode.T);
        waitUntil(() -> tabs().getTabs().size() == 2 && !ui.button("#runButton").isDisabled());
        EditorTabView fresh = selected();
        assertNotSame(sample, fresh, "the new tab is selected");
        assertEquals(sample.model().endpoint(), fresh.model().endpoint());
        assertEquals("", fresh.editor().getText(), "an empty editor");
        // Its editor is laid out (and given the focus) a pulse after the tab is: type only then.
        waitUntil(() -> fresh.editor().getWidth() > 0 && "queryEditor".equals(fresh.editor().getId())
                && fresh.editor().isFocused());
        ui.run("SELECT 1");
        assertEquals(1, firstNumber());

        robot.clickOn("#autocommitToggle");
        waitUntil(() -> !robot.lookup("#autocommitToggle").queryAs(ToggleButton.class).isSelected()
                && !robot.lookup("#autocommitToggle").query().isDisabled());
        ui.run("DELETE FROM notes WHERE id = 1");
        assertTrue(ui.txStatus().startsWith("In transaction"), ui.txStatus());

        robot.interact(() -> tabs().getSelectionModel().select(sample.tab()));
        assertEquals("Idle · autocommit", ui.txStatus(), "the first tab's session has no transaction");
        ui.run("SELECT count(*) FROM notes WHERE id = 1");
        assertEquals(1, firstNumber(), "the other tab's uncommitted DELETE is not seen here");

        robot.interact(() -> tabs().getSelectionModel().select(fresh.tab()));
        assertTrue(ui.txStatus().startsWith("In transaction"), ui.txStatus());
        robot.clickOn("#rollbackButton");
        waitUntil(() -> ui.txStatus().startsWith("Idle"));
    }

    @Test
    void thePlusAtTheTabStripsEndDoesTheSame() throws Exception {
        robot.clickOn("#newTabButton");
        waitUntil(() -> tabs().getTabs().size() == 2 && !ui.button("#runButton").isDisabled());
        assertEquals("sample.db", selected().model().connectionName());
        ui.run("SELECT 1");
        assertEquals(1, firstNumber());
        Screenshots.save(tabs().getScene(), "new-tab-1280");
    }
}
