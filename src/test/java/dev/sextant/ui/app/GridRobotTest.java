package dev.sextant.ui.app;

import dev.sextant.testsupport.FxThreadRobot;
import dev.sextant.testsupport.Screenshots;
import dev.sextant.testsupport.TestPostgres;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Key jumps through a 2,000,000-row PostgreSQL result after Fetch all, through the window. */
class GridRobotTest {

    private static final int ROWS = 2_000_000;

    @TempDir
    Path home;
    private final FxRobot robot = new FxThreadRobot();
    private final RobotSupport ui = new RobotSupport(robot);
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler before;
    private SextantApp app;

    @BeforeEach
    void startApp() throws Exception {
        before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> uncaught.add(error));
        app = ui.startApp(home);
        ui.openConnection(app, TestPostgres.get().endpoint("postgres"));
    }

    @AfterEach
    void stopApp() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(before);
        RobotSupport.stopApp(app);
    }

    @Test
    void ctrlHomeCtrlEndAndPageDownWithASelectedCellAfterFetchAllShowTheRightRows() throws Exception {
        ui.run("SELECT g FROM generate_series(1, " + ROWS + ") g");
        waitUntil(() -> ui.resultTable() != null);
        robot.clickOn("#fetchAllButton");
        WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> !robot.lookup("#fetchAllButton").query().isVisible());
        assertTrue(countLine().endsWith(" of 2,000,000"), "all 2,000,000 rows fetched, under the cap: " + countLine());
        TableView<Object[]> table = ui.resultTable();
        robot.clickOn(cellShowing("3"));
        assertEquals(2, table.getSelectionModel().getSelectedIndex(), "a cell of row 3 is selected");

        robot.push(KeyCode.CONTROL, KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ROWS, selectedValue(table), "Ctrl+End selects the last row");
        assertTrue(shownTexts().contains(String.valueOf(ROWS)), "and shows it");
        assertTrue(countLine().matches("Rows 1,999,9\\d\\d–2,000,000 of 2,000,000"), countLine());
        Screenshots.save(table.getScene(), "grid-ctrl-end");

        robot.push(KeyCode.CONTROL, KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, selectedValue(table), "Ctrl+Home selects row 1");
        assertEquals(1, ((Number) table.getItems().get(0)[0]).intValue(), "the grid holds the result's first row first");
        assertTrue(countLine().startsWith("Rows 1–"), countLine());
        int onScreen = rowsOnScreen();

        robot.push(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1 + onScreen, selectedValue(table), "Page Down moves the selection a screen on");
        assertInOrder(table);
        assertTrue(thumbLength() >= 20, "the scroll bar's thumb can be grabbed: " + thumbLength() + " px");
        System.out.printf("Ctrl+End then Ctrl+Home over 2,000,000 rows, each with its layout: %.1f ms, %.1f ms%n",
                timedJump(table, KeyCode.END), timedJump(table, KeyCode.HOME));
        assertEquals(1, selectedValue(table));
        assertEquals(List.of(), uncaught, "nothing thrown on the FX thread");
    }

    /** The FX-thread time of a Ctrl+key jump and the layout pass it causes. */
    private double timedJump(TableView<Object[]> table, KeyCode key) {
        double[] millis = new double[1];
        robot.interact(() -> {
            long start = System.nanoTime();
            table.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", key,
                    false, true, false, false));
            table.getScene().getRoot().layout();
            millis[0] = (System.nanoTime() - start) / 1e6;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return millis[0];
    }

    private double thumbLength() {
        return robot.lookup("#resultTable .scroll-bar").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ScrollBar bar && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL)
                .map(n -> n.lookup(".thumb")).mapToDouble(t -> t.getLayoutBounds().getHeight()).max().orElse(0);
    }

    @Test
    void columnsFitValuesFoundDeepInTheFetchedRowsAndTheGridShowsFifteenRowsAt1280x800() throws Exception {
        String longLabel = "a label much longer than every other one, in row 900";
        ui.run("SELECT g, CASE WHEN g = 900 THEN '" + longLabel + "' ELSE 'short' END AS label, "
                + "DATE '1995-01-01' + g AS day FROM generate_series(1, 5000) g");
        waitUntil(() -> ui.resultTable() != null);
        TableView<Object[]> table = ui.resultTable();
        javafx.stage.Window window = table.getScene().getWindow();
        assertEquals(1280, window.getWidth(), 1);
        assertEquals(800, window.getHeight(), 1);
        Screenshots.save(table.getScene(), "grid-1280x800");
        int onScreen = rowsOnScreen();
        assertTrue(onScreen >= 15, "the grid shows " + onScreen + " rows at 1280x800");
        assertFalse(anyCut(), "no value in the first rows is cut");

        robot.interact(() -> table.scrollTo(895));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(cellShowing(longLabel));
        assertFalse(anyCut(), "row 900's long label fits, though the first rows are short");
        Screenshots.save(table.getScene(), "grid-row-900-selected");
        robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()));
        Screenshots.save(table.getScene(), "grid-row-900-selected-dark");
        robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));

        var labelColumn = table.getColumns().get(2);
        double fitted = labelColumn.getWidth();
        robot.interact(() -> labelColumn.setPrefWidth(60));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(anyCut(), "a narrowed column cuts the label");
        javafx.scene.Node header = robot.lookup("#resultTable .column-header").queryAll().stream()
                .filter(n -> ((javafx.scene.control.skin.TableColumnHeader) n).getTableColumn() == labelColumn)
                .findFirst().orElseThrow();
        javafx.geometry.Bounds b = header.localToScreen(header.getLayoutBounds());
        robot.moveTo(new javafx.geometry.Point2D(b.getMaxX() - 1, b.getCenterY()));
        robot.doubleClickOn(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fitted, labelColumn.getWidth(), 1, "a double click on the header's edge fits the column again");
        assertFalse(anyCut());
        assertEquals(List.of(), uncaught, "nothing thrown on the FX thread");
    }

    @Test
    void aNewTabOpensWithTheDividersWhereTheUserLeftThem() throws Exception {
        javafx.scene.control.SplitPane first = editorSplit();
        double[] defaults = first.getDividerPositions();
        assertTrue(defaults[0] < 0.3 && defaults[1] > 0.85, "the results get most of the room by default");
        robot.interact(() -> first.setDividerPositions(0.5, 0.8));
        ui.openConnection(app, TestPostgres.get().endpoint("postgres"));
        waitUntil(() -> editorSplit() != first);
        double[] now = editorSplit().getDividerPositions();
        assertEquals(0.5, now[0], 0.02);
        assertEquals(0.8, now[1], 0.02);
    }

    /** The editor / results / messages split of the selected tab. */
    private javafx.scene.control.SplitPane editorSplit() {
        javafx.scene.Node node = robot.lookup("#queryEditor").query();
        while (!(node instanceof javafx.scene.control.SplitPane)) {
            node = node.getParent();
        }
        return (javafx.scene.control.SplitPane) node;
    }

    /** Whether a value cell on screen shows its text cut with an ellipsis. */
    private boolean anyCut() {
        return robot.lookup("#resultTable .table-cell .text").queryAll().stream()
                .map(n -> ((javafx.scene.text.Text) n).getText())
                .anyMatch(t -> t != null && (t.endsWith("…") || t.endsWith("...")));
    }

    private int selectedValue(TableView<Object[]> table) {
        int index = table.getSelectionModel().getSelectedIndex();
        assertTrue(index >= 0, "a row is selected");
        return ((Number) table.getItems().get(index)[0]).intValue();
    }

    /** Each row the grid holds is the result's row at its number: g = number. */
    private void assertInOrder(TableView<Object[]> table) {
        int first = ((Number) table.getItems().get(0)[0]).intValue();
        for (int i = 0; i < table.getItems().size(); i++) {
            assertEquals(first + i, ((Number) table.getItems().get(i)[0]).intValue());
        }
    }

    private int rowsOnScreen() {
        String line = countLine();
        String[] range = line.substring("Rows ".length(), line.indexOf(" of ")).replace(",", "").split("–");
        return Integer.parseInt(range[1]) - Integer.parseInt(range[0]) + 1;
    }

    private javafx.scene.Node cellShowing(String text) {
        return robot.lookup("#resultTable .table-cell").queryAll().stream()
                .filter(n -> n instanceof TableCell<?, ?> c && text.equals(c.getText()) && !c.getStyleClass().contains("row-number-column"))
                .findFirst().orElseThrow();
    }

    private List<String> shownTexts() {
        return robot.lookup("#resultTable .table-cell").queryAll().stream()
                .map(n -> ((TableCell<?, ?>) n).getText()).filter(t -> t != null).toList();
    }

    private String countLine() {
        return robot.lookup(".result-count").queryAs(Label.class).getText();
    }
}
