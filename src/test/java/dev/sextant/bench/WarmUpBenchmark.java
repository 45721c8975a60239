package dev.sextant.bench;

import dev.sextant.core.connect.ConnectionEnvironment;
import dev.sextant.ui.app.SextantApp;
import dev.sextant.ui.results.GridWarmUp;
import javafx.application.Platform;
import javafx.stage.Window;
import org.testfx.api.FxToolkit;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static dev.sextant.bench.OnFx.onFx;

/**
 * The grid warm-up alone, after the app's own main window (its sample database's tab open and
 * idle, so the FXML loader, lists and text fields the window uses are warm, as they are when the
 * app starts its warm-up), on a cold JVM and the headless JavaFX the tests use: its FX-thread CPU,
 * the longest pulse gap and what each gap over 50 ms was ({@link GapCauses}). The app is started
 * with its own warm-up switched off, so this one is the only one. Not a test; run it by hand:
 *
 * <pre>mvn -q test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-Xmx512m -cp %classpath dev.sextant.bench.WarmUpBenchmark"</pre>
 */
public final class WarmUpBenchmark {

    private WarmUpBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Files.createTempDirectory("sextant-warm-up");
        System.setProperty("sextant.gridWarmUp", "false");
        System.setProperty("sextant.home", home.toString());
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", "1400x900-32");
        FxToolkit.registerPrimaryStage();
        javafx.application.Application app = FxToolkit.setupApplication(() -> new SextantApp(owner -> Optional.empty(),
                new ConnectionEnvironment(Map.of(), home, "bench")));
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!onFx(WarmUpBenchmark::editorShown)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the app showed no editor tab within a minute");
            }
            Thread.sleep(50);
        }
        Thread.sleep(1000); // the tab's first layout done and idle, as the app's warm-up waits for
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
        FxToolkit.cleanupApplication(app); // its stop(): the sample's connections closed
        StartupBenchmark.deleteTree(home);
        Platform.exit();
        System.exit(0);
    }

    /** Whether the app's window shows its sample tab's editor. */
    private static boolean editorShown() {
        return Window.getWindows().stream().anyMatch(w -> w.getScene() != null
                && w.getScene().lookup("#queryEditor") != null);
    }

    private static long fxCpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
