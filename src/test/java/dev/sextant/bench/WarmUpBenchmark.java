package dev.sextant.bench;

import dev.sextant.ui.results.GridWarmUp;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.sextant.bench.OnFx.onFx;
import static dev.sextant.bench.OnFx.startHeadless;

/**
 * The grid warm-up alone, as the app starts it once its window shows, on a cold JVM and the
 * headless JavaFX the tests use: its FX-thread CPU, the longest pulse gap and what each gap over
 * 50 ms was ({@link GapCauses}); no database, so it takes seconds where GridBenchmark's warm-up
 * comes after making a 1,000,000-row table. Not a test; run it by hand:
 *
 * <pre>mvn -q test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-Xmx512m -cp %classpath dev.sextant.bench.WarmUpBenchmark"</pre>
 */
public final class WarmUpBenchmark {

    private WarmUpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        startHeadless();
        onFx(() -> {
            // The app's theme, as SextantApp sets it, then a shown window as the warm-up finds it.
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            Stage window = new Stage();
            window.setScene(new Scene(new StackPane(new Label("the main window")), 1200, 700));
            window.show();
            return null;
        });
        Thread.sleep(500);
        CompletableFuture<Void> warm = new CompletableFuture<>();
        GapCauses causes = onFx(GapCauses::new);
        long cpu = onFx(() -> {
            causes.start();
            GridWarmUp.whenIdle(() -> warm.complete(null));
            return fxCpuNanos();
        });
        warm.get(1, TimeUnit.MINUTES);
        double cpuMillis = (onFx(WarmUpBenchmark::fxCpuNanos) - cpu) / 1e6;
        onFx(() -> {
            causes.stop();
            return null;
        });
        System.out.printf("grid warm-up after the window shows: FX-thread CPU %.1f ms; %s%n", cpuMillis,
                causes.pausesSummary());
        causes.report("warm-up");
        Platform.exit();
        System.exit(0);
    }

    private static long fxCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
