package dev.sextant.bench;

import dev.sextant.core.sql.ScriptSplitter;
import dev.sextant.testsupport.ScriptedQuestions;
import dev.sextant.testsupport.TestPostgres;
import dev.sextant.ui.common.FxRunner;
import dev.sextant.ui.editor.EditorTabView;
import dev.sextant.ui.editor.EditorTabViewModel;
import dev.sextant.ui.results.ResultPane;
import dev.sextant.ui.results.ResultSheet;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static dev.sextant.bench.OnFx.onFx;
import static dev.sextant.bench.OnFx.waitFor;

/**
 * Run click to first row painted, through the real editor tab ({@link EditorTabView}) in a shown
 * window, as the app does it: the Run button's call on the tab's model, then whatever the tab
 * builds for the result, until a pulse has laid out the grid with the new result's first row.
 * With {@code -Dbench.firstPaint=10000,1000000,10000000} GridBenchmark prints, for each size, raw
 * pgjdbc's first row, a new tab's first result, the same query run again in a tab showing one, and
 * another query of the table (other names and types at each column's place) after it.
 */
final class FirstPaint {

    static final String SQL = "SELECT * FROM bench_grid";
    /** Another query of the table: as many columns, other names and types at each place. */
    private static final String OTHER_SQL = "SELECT hash, at, g, price FROM bench_grid";
    private static final int RUNS = Integer.getInteger("bench.runs", 3);
    /** The median's index in a sorted array of {@link #RUNS}. */
    private static final int MID = RUNS / 2;
    /** How long after the first paint the pulses are still watched: a keyed result's keys arrive in it. */
    private static final long AFTER_PAINT_NANOS = TimeUnit.SECONDS.toNanos(1);

    /**
     * How long a new tab sits connected before its Run click ({@code -Dbench.newTabIdleMs}): a user
     * takes a second or more to type a query, while the tab makes its first result pane.
     */
    private static final long NEW_TAB_IDLE_MS = Long.getLong("bench.newTabIdleMs", 1000);

    private final TestPostgres server;
    private final Stage stage;
    /** The longest pulse gap seen while a new tab waited for its click (its first pane made meanwhile), over every new tab. */
    private double longestIdleGap;
    /** How many new tabs had their first pane made (ready for the result) when Run was clicked. */
    private int readyAtClick;

    private FirstPaint(TestPostgres server, Stage stage) {
        this.server = server;
        this.stage = stage;
    }

    /** A shown window with an editor tab pane in it, the grid warmed up as the app does once its window shows. */
    static FirstPaint inWindow(TestPostgres server, boolean warmUp) throws Exception {
        Stage stage = onFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new TabPane(), 1200, 700));
            s.show();
            return s;
        });
        if (warmUp) {
            warmUp();
        }
        return new FirstPaint(server, stage);
    }

    /** The table of the mode: for each size, raw | new tab | run again | ratio vs goal, medians of three. */
    static void table(TestPostgres server, String sizes) throws Exception {
        FirstPaint bench = inWindow(server, Boolean.parseBoolean(System.getProperty("bench.warmUp", "true")));
        System.out.println("table size | raw pgjdbc first row | new tab | run again | another query | run again / goal"
                + " | new tab / goal | FX-thread CPU new tab / run again / another query   (ms, wall, median of " + RUNS
                + "; goal = max(100 ms, 2x raw))");
        for (String size : sizes.split(",")) {
            int rows = Integer.parseInt(size.trim());
            GridBenchmark.createTable(server, rows);
            double raw = GridBenchmark.rawFirstRowMillis(server);
            double[][] fresh = new double[3][RUNS];
            double[][] again = new double[3][RUNS];
            double[][] other = new double[3][RUNS];
            for (int i = 0; i < RUNS; i++) {
                EditorTabView view = bench.newTab();
                double[] first = bench.clickToPaint(view);
                double[] second = bench.clickToPaint(view);
                onFx(() -> {
                    view.editor().replaceText(OTHER_SQL);
                    return null;
                });
                double[] third = bench.clickToPaint(view);
                onFx(() -> {
                    view.editor().replaceText(SQL);
                    return null;
                });
                for (int k = 0; k < 3; k++) {
                    fresh[k][i] = first[k];
                    again[k][i] = second[k];
                    other[k][i] = third[k];
                }
                bench.close(view);
            }
            for (int k = 0; k < 3; k++) {
                Arrays.sort(fresh[k]);
                Arrays.sort(again[k]);
                Arrays.sort(other[k]);
            }
            double goal = Math.max(100, 2 * raw);
            System.out.printf("%,d | %.1f | %.1f %s | %.1f %s | %.1f %s | %.2f | %.2f | %.1f / %.1f / %.1f%n", rows, raw,
                    fresh[0][MID], Arrays.toString(fresh[0]), again[0][MID], Arrays.toString(again[0]), other[0][MID],
                    Arrays.toString(other[0]), again[0][MID] / goal, fresh[0][MID] / goal, fresh[1][MID], again[1][MID],
                    other[1][MID]);
            System.out.printf("  longest pulse gap in the second after the first paint (worst of %d): new tab %.1f / run again"
                    + " %.1f / another query %.1f ms%n", RUNS, fresh[2][RUNS - 1], again[2][RUNS - 1], other[2][RUNS - 1]);
            System.out.printf("  longest pulse gap while a new tab waited %d ms for its click (worst so far): %.1f ms;"
                    + " new tabs with their first pane ready at the click so far: %d%n", NEW_TAB_IDLE_MS,
                    bench.longestIdleGap, bench.readyAtClick);
        }
    }

    /** A fresh editor tab, connected, selected in the window; its result tabs still empty. */
    EditorTabView newTab() throws Exception {
        EditorTabViewModel model = new EditorTabViewModel(server.endpoint("postgres"), FxRunner.singleThread("bench"),
                FxRunner.singleThread("bench-side"), new ScriptedQuestions());
        EditorTabView view = onFx(() -> {
            model.connect();
            EditorTabView v = new EditorTabView(model, "bench", SQL);
            TabPane tabs = (TabPane) stage.getScene().getRoot();
            tabs.getTabs().setAll(v.tab());
            v.setActive(true);
            v.prepareFirstPane(); // as the app's tabs do once its warm-up is on
            return v;
        });
        GridBenchmark.PulseWatch idle = onFx(() -> {
            GridBenchmark.PulseWatch watch = new GridBenchmark.PulseWatch(() -> 0);
            watch.start();
            return watch;
        });
        waitFor(() -> model.connectedProperty().get() && !model.busyProperty().get());
        Thread.sleep(NEW_TAB_IDLE_MS); // the tab's first layout done and idle, as a user's tab is before the click
        onFx(() -> {
            idle.stop();
            return null;
        });
        longestIdleGap = Math.max(longestIdleGap, idle.longestGapMillis());
        readyAtClick += onFx(view::hasPaneReady) ? 1 : 0;
        return view;
    }

    /**
     * Clicks Run as the Run button does (the statement at the caret) and returns the wall and
     * FX-thread CPU milliseconds until a pulse laid out the grid showing the new result's first row.
     */
    double[] clickToPaint(EditorTabView view) throws Exception {
        AtomicLong painted = new AtomicLong();
        AtomicLong paintedCpu = new AtomicLong();
        GridBenchmark.PulseWatch after = onFx(() -> new GridBenchmark.PulseWatch(() -> 0));
        Scene scene = stage.getScene();
        long[] start = onFx(() -> {
            long[] t = {System.nanoTime(), threadCpuNanos()};
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    if (showsFirstRow(view)) {
                        paintedCpu.set(threadCpuNanos());
                        painted.set(System.nanoTime());
                        scene.removePostLayoutPulseListener(this);
                        after.start(); // what follows the first paint: the keys looked up, the columns widened
                    }
                }
            });
            view.editor().moveTo(0);
            view.model().run(view.statementsToRun());
            return t;
        });
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (painted.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        waitFor(() -> !view.model().busyProperty().get());
        Thread.sleep(Math.max(300, TimeUnit.NANOSECONDS.toMillis(painted.get() + AFTER_PAINT_NANOS - System.nanoTime())));
        onFx(() -> {
            after.stop();
            return null;
        });
        return new double[] {(painted.get() - start[0]) / 1e6, (paintedCpu.get() - start[1]) / 1e6, after.longestGapMillis()};
    }

    /** The shown result pane of {@code view} (benchmarks drive its grid), or null. */
    static ResultPane shownPane(EditorTabView view) {
        TabPane results = (TabPane) view.tab().getContent().lookup("#resultTabs");
        var selected = results == null ? null : results.getSelectionModel().getSelectedItem();
        return selected != null && selected.getContent() instanceof ResultPane pane ? pane : null;
    }

    /** Whether the grid on screen holds this run's result and has laid out a cell with its first row. */
    @SuppressWarnings("unchecked")
    private static boolean showsFirstRow(EditorTabView view) {
        if (view.model().results().isEmpty()) {
            return false;
        }
        ResultSheet sheet = view.model().results().get(0);
        TableView<Object[]> table = (TableView<Object[]>) view.tab().getContent().lookup("#resultTable");
        if (table == null || table.getScene() == null || table.getItems() != sheet.rows() || sheet.rows().isEmpty()) {
            return false;
        }
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        var first = flow == null ? null : flow.getFirstVisibleCell();
        return first != null && first.getIndex() == 0 && first.getItem() != null && first.isVisible();
    }

    void close(EditorTabView view) throws Exception {
        onFx(() -> {
            view.model().close(dev.sextant.core.session.TransactionEnd.ROLLBACK, e -> { });
            ((TabPane) stage.getScene().getRoot()).getTabs().clear();
            return null;
        });
        Thread.sleep(200);
    }

    private static long threadCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /** GridWarmUp as the app starts it, with its FX-thread CPU, longest pulse gap and what each long gap was. */
    private static void warmUp() throws Exception {
        java.util.concurrent.CompletableFuture<Void> warm = new java.util.concurrent.CompletableFuture<>();
        GridBenchmark.PulseWatch warmWatch = onFx(() -> new GridBenchmark.PulseWatch(() -> 0));
        GapCauses causes = onFx(GapCauses::new);
        long warmCpu = onFx(() -> {
            warmWatch.start();
            causes.start();
            dev.sextant.ui.results.GridWarmUp.whenIdle(() -> warm.complete(null));
            return GridBenchmark.threadCpuNanos();
        });
        warm.get(1, TimeUnit.MINUTES);
        double warmMillis = (onFx(GridBenchmark::threadCpuNanos) - warmCpu) / 1e6;
        onFx(() -> {
            warmWatch.stop();
            causes.stop();
            return null;
        });
        System.out.printf("grid warm-up after the window shows: FX-thread CPU %.1f ms, longest pulse gap %.1f ms%n",
                warmMillis, warmWatch.longestGapMillis());
        causes.report("warm-up");
    }
}
