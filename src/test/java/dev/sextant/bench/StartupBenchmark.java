package dev.sextant.bench;

import dev.sextant.Main;
import dev.sextant.ui.app.SextantApp;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cold start: from launching a JVM to Sextant's main window shown (with a fresh home, so the
 * sample database is made too), against a bare JavaFX Stage with a Label launched the same way
 * (same JVM, flags and class path, headless Monocle), alternating, in one run. Not a test:
 *
 * <pre>mvn -q test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath dev.sextant.bench.StartupBenchmark"</pre>
 */
public final class StartupBenchmark {

    private static final int REPEATS = 5;

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        double[] bare = new double[REPEATS];
        double[] ours = new double[REPEATS];
        launch(BareWindow.class.getName(), BareWindow.SHOWN); // warm the disk cache for both
        launch(Main.class.getName(), SextantApp.SHOWN_LOG_LINE);
        for (int i = 0; i < REPEATS; i++) {
            bare[i] = launch(BareWindow.class.getName(), BareWindow.SHOWN);
            ours[i] = launch(Main.class.getName(), SextantApp.SHOWN_LOG_LINE);
        }
        Arrays.sort(bare);
        Arrays.sort(ours);
        double b = bare[REPEATS / 2];
        double o = ours[REPEATS / 2];
        System.out.printf("Cold start to a shown window (median of %d): bare Stage with a Label %.0f ms, "
                + "Sextant main window %.0f ms: ratio %.2f (goal <= 1.5)%n", REPEATS, b, o, o / b);
    }

    /** Milliseconds from starting the JVM to the line the app prints once its window is shown. */
    private static double launch(String mainClass, String shownLine) throws Exception {
        Path home = Files.createTempDirectory("sextant-start");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1400x900-32", "-Dsextant.home=" + home,
                "-cp", System.getProperty("java.class.path"), mainClass));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.contains(shownLine)) {
                    return (System.nanoTime() - start) / 1e6;
                }
            }
            throw new IllegalStateException(mainClass + " ended without showing its window");
        } finally {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
            process.destroyForcibly();
            deleteTree(home);
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }
}
