package dev.sextant.bench;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.SqlSession;
import dev.sextant.testsupport.TestPostgres;
import dev.sextant.ui.editor.ResultSheet;
import dev.sextant.ui.results.ResultGrid;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the window feels while a big result streams into the real grid, on the headless
 * (Monocle, software-rendered) JavaFX the tests use: the longest gap between two pulses of the
 * FX thread while "Fetch all" fills the grid to its 200,000-row cap, and the cost of one wheel
 * step at the end of the grid. Not a test; run it by hand:
 *
 * <pre>mvn -q test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-Xmx512m -cp %classpath dev.sextant.bench.GridBenchmark"</pre>
 */
public final class GridBenchmark {

    private static final int PAGE = 10_000;
    private static final double WHEEL_STEP_PIXELS = 40 * 3;

    private GridBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1400x900-32");
        TestPostgres server = TestPostgres.get();
        Endpoint endpoint = server.endpoint("postgres");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);

        try (SqlSession session = SqlSession.open(endpoint)) {
            Outcome.Rows first = (Outcome.Rows) session.execute(
                    "SELECT g, md5(g::text) AS hash, g * 1.5 AS price, now() AS at FROM generate_series(1, 1000000) g").get(0);
            ObservableList<Object[]> rows = FXCollections.observableArrayList(first.result().rows());
            TableView<Object[]> grid = onFx(() -> show(ResultGrid.of(first.result().columns(), rows, () -> { })));

            PulseWatch watch = onFx(PulseWatch::new);
            onFx(() -> {
                watch.start();
                return null;
            });
            long fetchStart = System.nanoTime();
            int cap = Integer.getInteger("bench.rows", ResultSheet.GRID_CAP);
            while (first.hasMore() && rows.size() < cap) {
                List<Object[]> page = session.fetch(first.rest(), Math.min(PAGE, cap - rows.size()));
                CompletableFuture<Void> appended = new CompletableFuture<>();
                Platform.runLater(() -> {
                    rows.addAll(page);
                    appended.complete(null);
                });
                appended.get(30, TimeUnit.SECONDS);
            }
            double seconds = (System.nanoTime() - fetchStart) / 1e9;
            Thread.sleep(300);
            onFx(() -> {
                watch.stop();
                return null;
            });
            System.out.printf("fetch all: %,d rows into the grid in %.1f s; longest FX-thread pulse gap %.1f ms "
                    + "(goal < 50 ms; the pulse period itself is 16.7 ms)%n", rows.size(), seconds, watch.longestGapMillis());

            double[] top = wheelSteps(grid, 0, 30);
            Arrays.sort(top);
            System.out.printf("wheel step at the top of the grid (baseline, same run): median %.2f ms%n", top[top.length / 2]);
            double[] steps = wheelSteps(grid, rows.size() - 1, 30);
            Arrays.sort(steps);
            System.out.printf("wheel step at the end of %,d rows: median %.2f ms, worst %.2f ms (goal < 16 ms)%n",
                    rows.size(), steps[steps.length / 2], steps[steps.length - 1]);
        }
        Platform.exit();
        System.exit(0);
    }

    private static TableView<Object[]> show(TableView<Object[]> grid) {
        if (Boolean.getBoolean("bench.fixedCellSize")) {
            grid.setFixedCellSize(28);
        }
        Stage stage = new Stage();
        stage.setScene(new Scene(grid, 1200, 700));
        stage.show();
        return grid;
    }

    /** Scrolls to {@code row}, then times single wheel-sized steps, each with its layout pass. */
    private static double[] wheelSteps(TableView<Object[]> grid, int row, int count) throws Exception {
        onFx(() -> {
            grid.scrollTo(row);
            grid.layout();
            return null;
        });
        double[] millis = new double[count];
        for (int i = 0; i < count; i++) {
            double direction = (i % 2 == 0) == (row > 0) ? -WHEEL_STEP_PIXELS : WHEEL_STEP_PIXELS;
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

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** The longest time between two pulses of the FX thread while it runs. */
    private static final class PulseWatch extends AnimationTimer {
        private final AtomicLong last = new AtomicLong();
        private final AtomicLong longest = new AtomicLong();

        @Override
        public void handle(long now) {
            long previous = last.getAndSet(now);
            if (previous != 0) {
                longest.accumulateAndGet(now - previous, Math::max);
            }
        }

        double longestGapMillis() {
            return longest.get() / 1e6;
        }
    }
}
