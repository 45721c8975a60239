package dev.sextant.ui.app;

import dev.sextant.testsupport.FxRoundTrip;
import dev.sextant.testsupport.Screenshots;
import dev.sextant.ui.results.ResultSheet;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;

import java.util.concurrent.TimeUnit;

import static dev.sextant.ui.app.RobotSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Big results and cancel, driven through the window against the suite's PostgreSQL. */
class StreamingRobotTest {

    @RegisterExtension
    static final RunningApp running = RunningApp.onDatabase("postgres");
    private final FxRobot robot = running.robot();
    private final RobotSupport ui = running.ui();

    @Test
    void aMillionRowQueryShowsItsFirstRowsAndHoldsOnlyWhatWasFetched() throws Exception {
        long heapBefore = usedHeapAfterGc();
        ui.typeSql("SELECT g, md5(g::text) AS hash, now() AS at FROM generate_series(1, 1000000) g");
        long clicked = System.nanoTime();
        robot.clickOn("#runButton");
        long worstRoundTrip = 0;
        while (ui.resultTable() == null) {
            worstRoundTrip = Math.max(worstRoundTrip, FxRoundTrip.millis());
            assertTrue(System.nanoTime() - clicked < TimeUnit.SECONDS.toNanos(20), "no rows after 20 s");
        }
        long firstRowsMillis = (System.nanoTime() - clicked) / 1_000_000;
        TableView<Object[]> table = ui.resultTable();
        assertEquals(1000, table.getItems().size(), "the first page, not the whole result");
        assertEquals(1, ((Number) table.getItems().get(0)[0]).intValue());
        assertTrue(robot.lookup("#fetchAllButton").query().isVisible(), "more can be fetched");
        // Rows and status change in one FX event; this thread may look between the two.
        waitUntil(() -> ui.txStatus().startsWith("In transaction"));
        long heapGrowth = usedHeapAfterGc() - heapBefore;
        System.out.printf("first rows after %d ms, worst FX round trip %d ms, heap growth %d KB%n",
                firstRowsMillis, worstRoundTrip, heapGrowth / 1024);
        assertTrue(heapGrowth < 64L * 1024 * 1024, "heap grew by " + heapGrowth / 1024 + " KB, not by the million rows");

        ScrollBar bar = verticalBar();
        robot.interact(() -> bar.setValue(bar.getMax()));
        waitUntil(() -> table.getItems().size() == 2000);
        assertEquals(1001, ((Number) table.getItems().get(1000)[0]).intValue(), "the next page follows in order");
        Screenshots.save(table.getScene(), "million-rows");
    }

    @Test
    void scrollingToTheEndOfAFetchedResultMovesTheGridsWindowAndNumbersTheRowsTrue() throws Exception {
        ui.run("SELECT g, 'row ' || g AS label FROM generate_series(1, 30000) g");
        waitUntil(() -> ui.resultTable() != null);
        robot.clickOn("#fetchAllButton");
        waitUntil(() -> !robot.lookup("#fetchAllButton").query().isVisible());
        TableView<Object[]> table = ui.resultTable();
        assertEquals(ResultSheet.WINDOW, table.getItems().size(), "the grid holds a window, not all 30,000 rows");
        // The count line says which rows are on screen, in the whole result.
        assertTrue(countLine().matches("Rows 1–\\d+ of 30,000"), countLine());

        ScrollBar bar = verticalBar();
        for (int i = 0; i < 10 && ((Number) table.getItems().get(table.getItems().size() - 1)[0]).intValue() < 30000; i++) {
            robot.interact(() -> bar.setValue(bar.getMax()));
        }
        robot.interact(() -> bar.setValue(bar.getMax()));
        assertEquals(30000, ((Number) table.getItems().get(table.getItems().size() - 1)[0]).intValue(),
                "the window reached the last row");
        assertTrue(countLine().matches("Rows 29,9\\d\\d–30,000 of 30,000"), countLine());
        assertTrue(visibleTexts().contains("30000"), "the last row shows its number in the whole result");
        assertTrue(visibleTexts().contains("row 30000"));

        robot.interact(() -> bar.setValue(bar.getMin()));
        robot.interact(() -> bar.setValue(bar.getMin()));
        assertTrue(((Number) table.getItems().get(0)[0]).intValue() < 20001, "scrolling up moves the window back");
        Screenshots.save(table.getScene(), "grid-window");
    }

    private String countLine() {
        return robot.lookup(".result-count").queryAs(javafx.scene.control.Label.class).getText();
    }

    private ScrollBar verticalBar() {
        return robot.lookup("#resultTable .scroll-bar").queryAll().stream()
                .filter(n -> n instanceof ScrollBar s && s.getOrientation() == Orientation.VERTICAL)
                .map(ScrollBar.class::cast).findFirst().orElseThrow();
    }

    private java.util.List<String> visibleTexts() {
        return robot.lookup("#resultTable .table-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText()).filter(t -> t != null).toList();
    }

    @Test
    void cancelStopsALongStatementAndTheTabGoesOn() throws Exception {
        ui.typeSql("SELECT pg_sleep(600)");
        robot.clickOn("#runButton");
        waitUntil(() -> !ui.button("#cancelButton").isDisabled());
        Thread.sleep(500);
        long clicked = System.nanoTime();
        robot.clickOn("#cancelButton");
        waitUntil(() -> ui.messages().contains("The statement was cancelled."));
        long millis = (System.nanoTime() - clicked) / 1_000_000;
        System.out.println("cancel shown " + millis + " ms after the click");
        assertTrue(millis < 5_000, "a statement that ignored cancel would run ten minutes; this took " + millis + " ms");

        ui.run("SELECT 6 * 7");
        waitUntil(() -> ui.resultTable() != null);
        assertEquals(42, ((Number) ui.resultTable().getItems().get(0)[0]).intValue());
    }

    @Test
    void cancelStopsFetchAllBetweenPagesAndKeepsWhatCameAndTheTransaction() throws Exception {
        ui.run("BEGIN");
        ui.run("CREATE TEMP TABLE kept_through_cancel (x int)");
        // Every page of 10,000 rows waits 0.2 s on the server, so Fetch all takes 40 s or more and
        // cannot end by itself before Cancel, however slow the test machine is.
        ui.run("SELECT g, md5(g::text) AS hash FROM generate_series(1, 2000000) g"
                + " WHERE g % 10000 <> 0 OR pg_sleep(0.2)::text = ''");
        waitUntil(() -> ui.resultTable() != null && robot.lookup("#fetchAllButton").query().isVisible());
        robot.clickOn("#fetchAllButton");
        waitUntil(() -> fetchedOnCountLine() > 50_000);
        assertFalse(countLine().contains("load as you scroll"), "rows load by themselves now: " + countLine());
        robot.clickOn("#cancelButton");

        waitUntil(() -> !ui.button("#runButton").isDisabled());
        String stopped = ui.messages().stream().filter(m -> m.startsWith("Fetch all stopped (Cancel) after ")).findFirst()
                .orElseThrow(() -> new AssertionError("no word that Fetch all stopped: " + ui.messages()));
        long fetched = fetchedOnCountLine();
        assertTrue(fetched < 2_000_000, "stopped before the end: " + countLine());
        assertTrue(stopped.contains(String.format(java.util.Locale.ROOT, "%,d rows", fetched)), stopped + " / " + countLine());
        Thread.sleep(1_000);
        assertEquals(fetched, fetchedOnCountLine(), "no page came after Cancel");
        assertTrue(robot.lookup("#fetchAllButton").query().isVisible(), "the rest can still be fetched");
        waitUntil(() -> countLine().contains("fetched so far · more load as you scroll"));
        assertTrue(ui.txStatus().startsWith("In transaction"), "the transaction was not failed by a cancelled FETCH: "
                + ui.txStatus());

        ui.run("SELECT count(*) FROM kept_through_cancel");
        waitUntil(() -> ui.resultTable() != null && ui.resultTable().getItems().size() == 1);
        ui.run("ROLLBACK");
    }

    /** The fetched count the count line shows: "Rows 1–15 of 61,924 fetched so far · …". */
    private long fetchedOnCountLine() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" of ([0-9,]+)").matcher(countLine());
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : 0;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
