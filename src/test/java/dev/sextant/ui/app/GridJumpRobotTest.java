package dev.sextant.ui.app;

import dev.sextant.testsupport.FxThreadRobot;
import dev.sextant.core.result.CompactRows;
import dev.sextant.ui.results.ResultPane;
import dev.sextant.ui.results.ResultSheet;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Key jumps over a 2,000,000-row result whose grid holds a window of it, in a real window on
 * the FX thread: the rows are built here, so the row at each number is known.
 */
class GridJumpRobotTest {

    private static final int ROWS = 2_000_000;

    private final FxRobot robot = new FxThreadRobot();
    private final List<Throwable> uncaught = new ArrayList<>();
    private Thread.UncaughtExceptionHandler before;
    private ResultSheet sheet;
    private TableView<Object[]> table;

    @BeforeEach
    void show() throws Exception {
        before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> uncaught.add(error));
        Stage stage = FxToolkit.registerPrimaryStage();
        CompactRows rows = CompactRows.of(1, () -> IntStream.rangeClosed(1, ROWS).mapToObj(i -> new Object[] {i}).iterator());
        sheet = new ResultSheet("g", List.of(new dev.sextant.core.result.ResultColumn("g", "int4", true)), rows, null);
        robot.interact(() -> {
            ResultPane pane = new ResultPane(sheet, null);
            table = pane.grid().table();
            stage.setScene(new Scene(pane, 1280, 800));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void restore() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(before);
        FxToolkit.cleanupStages();
    }

    @Test
    void ctrlHomeFromTheEndOfTheResultShowsRowOneWithoutAnError() {
        robot.interact(() -> {
            sheet.centerWindowOn(ROWS - 1);
            table.scrollTo(table.getItems().size() - 1);
            table.getSelectionModel().select(table.getItems().size() - 1, table.getColumns().get(1));
            table.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.CONTROL, KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), uncaught, "nothing thrown on the FX thread");
        assertEquals(0, sheet.windowStartProperty().get(), "the window is back at the start");
        assertEquals(1, value(0));
        assertEquals(0, table.getSelectionModel().getSelectedIndex(), "row 1 is selected");
        assertShownInOrder();
    }

    @Test
    void ctrlEndThenPageUpAndCtrlHomeKeepTheRowsInOrderAndTheSelectionOnScreen() {
        robot.interact(() -> {
            table.getSelectionModel().select(3, table.getColumns().get(1));
            table.requestFocus();
        });
        for (KeyCode[] keys : List.of(new KeyCode[] {KeyCode.CONTROL, KeyCode.END}, new KeyCode[] {KeyCode.PAGE_UP},
                new KeyCode[] {KeyCode.CONTROL, KeyCode.HOME}, new KeyCode[] {KeyCode.PAGE_DOWN},
                new KeyCode[] {KeyCode.CONTROL, KeyCode.END})) {
            robot.push(keys);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), uncaught, "nothing thrown on the FX thread");
            assertShownInOrder();
            int selected = table.getSelectionModel().getSelectedIndex();
            assertTrue(selected >= 0, "a row stays selected after " + List.of(keys));
        }
        assertEquals(ROWS, value(table.getSelectionModel().getSelectedIndex()), "Ctrl+End selects the last row");
        assertEquals(ROWS, value(table.getItems().size() - 1));
    }

    private int value(int index) {
        return ((Number) table.getItems().get(index)[0]).intValue();
    }

    /** Every row the grid holds is the result's row at its number. */
    private void assertShownInOrder() {
        long start = sheet.windowStartProperty().get();
        for (int i = 0; i < table.getItems().size(); i++) {
            assertEquals(start + i + 1, value(i), "row " + (start + i + 1));
        }
        assertTrue(table.getItems().size() <= ResultSheet.WINDOW);
    }
}
