package dev.sextant.bench;

import dev.sextant.testsupport.TestPostgres;
import dev.sextant.ui.editor.EditorTabViewModel;
import dev.sextant.ui.results.ResultPane;
import dev.sextant.ui.results.ResultSheet;
import dev.sextant.ui.results.ResultGrid;
import dev.sextant.ui.results.GridWindow;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import static dev.sextant.bench.OnFx.onFx;
import static dev.sextant.bench.OnFx.startHeadless;
import static dev.sextant.bench.OnFx.waitFor;

/**
 * What the window feels while a big result streams into the real result tab, on the headless
 * (Monocle, software-rendered) JavaFX the tests use: the longest gap between two pulses of the
 * FX thread while "Fetch all" runs, the longest FX-thread step while scrolling from the first to
 * the last fetched row (the grid's window moving over them), jumps to the last row and back
 * (Ctrl+End, Ctrl+Home), and the cost of one wheel step at the top and at the end; first, the
 * time from a Run to the first row painted, against raw pgjdbc's first row of the same table.
 * Not a test; run it by hand:
 *
 * <pre>mvn -q test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-Xmx512m -cp %classpath dev.sextant.bench.GridBenchmark"</pre>
 *
 * {@code -Dbench.rows=N} sets the result size (default 1,000,000); {@code -Dsextant.gridWindow=N}
 * the window. {@code -Dbench.firstPaint=10000,1000000,10000000} measures only the Run click to the first
 * row painted, in a new tab and run again, for each size ({@link FirstPaint}), and exits.
 */
public final class GridBenchmark {

    private static final double WHEEL_STEP_PIXELS = 40 * 3;

    private GridBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        TestPostgres server = TestPostgres.get();
        startHeadless();

        String sizes = System.getProperty("bench.firstPaint");
        if (sizes != null) { // only the first paint, for each size (FirstPaint)
            FirstPaint.table(server, sizes);
            Platform.exit();
            System.exit(0);
        }
        createTable(server, rows);
        double raw = rawFirstRowMillis(server);
        // -Dbench.warmUp=false: a cold first paint, as before the app warmed the grid up once its window shows
        FirstPaint window = FirstPaint.inWindow(server, Boolean.parseBoolean(System.getProperty("bench.warmUp", "true")));
        dev.sextant.ui.editor.EditorTabView view = window.newTab();
        EditorTabViewModel model = view.model();
        ResultPane pane = firstRows(rows, raw, window, view);
        ResultSheet sheet = model.results().get(0);
        Thread.sleep(500);
        ResultGrid grid = pane.grid();

        fetchAll(model, sheet, pane);

        double[] top = wheelSteps(grid.table(), 30);
        Arrays.sort(top);
        System.out.printf("wheel step at the top: median %.2f ms, worst %.2f ms%n", top[top.length / 2], top[top.length - 1]);
        jumps(sheet, grid);
        double[] travel = scrollToEnd(grid, sheet);
        System.out.printf("scrolling toward row %,d a window-half at a time: %d window moves (-Dbench.moves=N), longest"
                + " FX-thread step %.1f ms (goal < 50 ms), longest FX-thread CPU of a step %.1f ms%n",
                sheet.fetchedProperty().get(), (int) travel[0], travel[1], travel[2]);
        onFx(() -> {
            sheet.jump(GridWindow.Jump.LAST, sheet.viewRowsProperty().get());
            grid.showRowAtTop(sheet.topIndex());
            grid.table().layout();
            return null;
        });
        double[] end = wheelSteps(grid.table(), 30);
        Arrays.sort(end);
        System.out.printf("wheel step at the end of %,d rows: median %.2f ms, worst %.2f ms (goal < 16 ms)%n",
                sheet.fetchedProperty().get(), end[end.length / 2], end[end.length - 1]);
        Platform.exit();
        System.exit(0);
    }

    /** The Run click to the first row painted, in a new tab and run again in it, against raw pgjdbc's first row. */
    private static ResultPane firstRows(int rows, double raw, FirstPaint window,
                                        dev.sextant.ui.editor.EditorTabView view) throws Exception {
        double[] first = new double[3];
        double[] firstCpu = new double[3];
        PulseWatch firstWatch = onFx(() -> new PulseWatch(() -> 0));
        onFx(() -> {
            firstWatch.start();
            return null;
        });
        for (int i = 0; i < first.length; i++) { // the first in a new tab, then run again in it
            double[] shown = window.clickToPaint(view);
            first[i] = shown[0];
            firstCpu[i] = shown[1];
        }
        ResultPane pane = onFx(() -> FirstPaint.shownPane(view));
        onFx(() -> {
            firstWatch.stop();
            return null;
        });
        Arrays.sort(first);
        Arrays.sort(firstCpu);
        System.out.printf("first rows of a %,d-row table: raw pgjdbc first row %.1f ms, Run click to first row painted"
                + " %.1f ms (median of %d): ratio %.2f (goal <= max(100 ms, 2x raw)); longest pulse gap meanwhile %.1f ms%n",
                rows, raw, first[1], first.length, first[1] / raw, firstWatch.longestGapMillis());
        System.out.printf("  FX-thread CPU from the click to the first row painted (immune to other processes' load):"
                + " median %.1f ms, runs %s%n", firstCpu[1], Arrays.toString(firstCpu));
        return pane;
    }

    /** Ctrl+End and Ctrl+Home, twice each: wall time and FX-thread CPU of each jump. */
    private static void jumps(ResultSheet sheet, ResultGrid grid) throws Exception {
        for (GridWindow.Jump jump : new GridWindow.Jump[] {GridWindow.Jump.LAST, GridWindow.Jump.FIRST,
                GridWindow.Jump.LAST, GridWindow.Jump.FIRST}) {
            double[] millis = onFx(() -> {
                long start = System.nanoTime();
                long cpu = threadCpuNanos();
                sheet.jump(jump, sheet.viewRowsProperty().get());
                grid.showRowAtTop(sheet.topIndex());
                grid.table().layout();
                grid.table().getItems().get(sheet.selectedIndex()); // the selected row, decoded
                return new double[] {(System.nanoTime() - start) / 1e6, (threadCpuNanos() - cpu) / 1e6};
            });
            System.out.printf("jump to the %s row (Ctrl+%s) of %,d: %.1f ms, FX-thread CPU %.1f ms (goal < 100 ms, no frame"
                    + " over 50 ms)%n", jump == GridWindow.Jump.FIRST ? "first" : "last",
                    jump == GridWindow.Jump.FIRST ? "Home" : "End", sheet.fetchedProperty().get(), millis[0], millis[1]);
        }
    }

    /** Fetch all from the first page to the last: the longest pulse gap, the FX-thread CPU, and what each long gap was. */
    private static void fetchAll(EditorTabViewModel model, ResultSheet sheet, ResultPane pane) throws Exception {
        if (Boolean.getBoolean("bench.hideSpinner")) {
            // An experiment: what the bar's fetching indicator costs while Fetch all runs (a spinner was a frame every pulse)
            onFx(() -> {
                javafx.scene.Node indicator = pane.lookup("#progress");
                indicator.visibleProperty().unbind();
                indicator.setVisible(false);
                return null;
            });
        }
        PulseWatch watch = onFx(() -> new PulseWatch(() -> sheet.fetchedProperty().get()));
        GapCauses causes = onFx(GapCauses::new);
        long fetchCpuStart = onFx(GridBenchmark::threadCpuNanos);
        onFx(() -> {
            watch.start();
            causes.start();
            model.fetchAll(sheet);
            return null;
        });
        long fetchStart = System.nanoTime();
        waitFor(() -> !sheet.fetchingProperty().get() && !sheet.moreProperty().get());
        double seconds = (System.nanoTime() - fetchStart) / 1e9;
        Thread.sleep(300);
        double fetchCpu = (onFx(GridBenchmark::threadCpuNanos) - fetchCpuStart) / 1e6;
        onFx(() -> {
            watch.stop();
            causes.stop();
            return null;
        });
        System.out.printf("fetch all: %,d rows fetched in %.1f s (grid window %,d rows); longest FX-thread pulse gap"
                        + " %.1f ms (goal < 50 ms; the pulse period itself is 16.7 ms)%n", sheet.fetchedProperty().get(),
                seconds, ResultSheet.WINDOW, watch.longestGapMillis());
        System.out.printf("  FX-thread CPU during fetch all: %.0f ms, %.1f ms per 10,000 rows; %s%n", fetchCpu,
                fetchCpu / Math.max(1, sheet.fetchedProperty().get()) * 10_000, causes.pausesSummary());
        causes.report("fetch all");
    }

    static void createTable(TestPostgres server, int rows) throws java.sql.SQLException {
        try (java.sql.Connection c = server.connect("postgres"); java.sql.Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_grid");
            s.execute("CREATE TABLE bench_grid AS SELECT g, md5(g::text) AS hash, g * 1.5 AS price, "
                    + "now() - g * interval '1 second' AS at FROM generate_series(1, " + rows + ") g");
            if (Boolean.getBoolean("bench.keyed")) { // a result the grid can edit once its keys are read
                s.execute("ALTER TABLE bench_grid ADD PRIMARY KEY (g)");
            }
            s.execute("VACUUM ANALYZE bench_grid");
        }
    }

    /** pgjdbc's first row of the table through a cursor, median of three. */
    static double rawFirstRowMillis(TestPostgres server) throws Exception {
        double[] millis = new double[3];
        for (int i = 0; i < millis.length; i++) {
            try (java.sql.Connection c = server.connect("postgres")) {
                c.setAutoCommit(false);
                long start = System.nanoTime();
                try (java.sql.Statement s = c.createStatement()) {
                    s.setFetchSize(1000);
                    try (java.sql.ResultSet rs = s.executeQuery(FIRST_ROWS_SQL)) {
                        rs.next();
                        rs.getString(2);
                    }
                }
                millis[i] = (System.nanoTime() - start) / 1e6;
                c.rollback();
            }
        }
        Arrays.sort(millis);
        return millis[1];
    }

    private static final String FIRST_ROWS_SQL = FirstPaint.SQL;

    /** The calling thread's CPU time: what the FX thread itself spent, whatever else the machine runs. */
    static long threadCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    /**
     * Jumps to the last row the grid holds, again and again, as a user dragging the scroll bar
     * down would; each jump makes the pane move its window. Returns the number of moves and the
     * longest FX-thread time one jump took (with its layout pass).
     */
    private static double[] scrollToEnd(ResultGrid grid, ResultSheet sheet) throws Exception {
        int moves = 0;
        double longest = 0;
        double longestCpu = 0;
        int most = Integer.getInteger("bench.moves", 20); // each move costs a layout: a whole walk takes minutes here
        while (onFx(sheet::rowsAfterWindow) && moves < most) {
            double[] step = onFx(() -> {
                long start = System.nanoTime();
                long cpu = threadCpuNanos();
                grid.showRowAtTop(grid.table().getItems().size() - 1);
                grid.table().layout();
                return new double[] {(System.nanoTime() - start) / 1e6, (threadCpuNanos() - cpu) / 1e6};
            });
            double millis = step[0];
            longest = Math.max(longest, millis);
            longestCpu = Math.max(longestCpu, step[1]);
            moves++;
            if (Boolean.getBoolean("bench.trace")) {
                System.out.printf("move %d: window starts at %,d, %.1f ms%n", moves, onFx(() -> sheet.windowStartProperty().get()), millis);
            }
        }
        onFx(() -> {
            grid.showRowAtTop(grid.table().getItems().size() - 1);
            grid.table().layout();
            return null;
        });
        return new double[] {moves, longest, longestCpu};
    }

    /** Times single wheel-sized steps where the view is, each with its layout pass, alternating direction. */
    private static double[] wheelSteps(TableView<Object[]> grid, int count) throws Exception {
        boolean atTop = onFx(() -> ((VirtualFlow<?>) grid.lookup(".virtual-flow")).getFirstVisibleCell().getIndex() == 0);
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            double direction = (i % 2 == 0) == atTop ? WHEEL_STEP_PIXELS : -WHEEL_STEP_PIXELS;
            millis[i] = onFx(() -> {
                VirtualFlow<?> flow = (VirtualFlow<?>) grid.lookup(".virtual-flow");
                long start = System.nanoTime();
                flow.scrollPixels(direction);
                grid.layout();
                return (System.nanoTime() - start) / 1e6;
            });
        }
        return millis;
    }



    /** The longest time between two pulses of the FX thread while it runs. */
    static final class PulseWatch extends AnimationTimer {
        private final AtomicLong last = new AtomicLong();
        private final AtomicLong longest = new AtomicLong();
        private final java.util.function.LongSupplier fetched;

        PulseWatch(java.util.function.LongSupplier fetched) {
            this.fetched = fetched;
        }

        @Override
        public void handle(long now) {
            long previous = last.getAndSet(now);
            if (previous != 0) {
                longest.accumulateAndGet(now - previous, Math::max);
                if (Boolean.getBoolean("bench.trace") && now - previous > 50_000_000) {
                    System.out.printf("pulse gap %.1f ms at %,d rows fetched%n", (now - previous) / 1e6, fetched.getAsLong());
                }
            }
        }

        double longestGapMillis() {
            return longest.get() / 1e6;
        }
    }
}
