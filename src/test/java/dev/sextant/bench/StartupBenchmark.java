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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start: from launching a JVM to Sextant's main window usable (laid out with the sample
 * database's connection in the tree and an editor tab open, with a fresh home, so the sample is
 * made too), against a bare JavaFX Stage with a Label shown, both started the same way (same JVM,
 * flags and class path of jars, headless Monocle), alternating, in one run. Measured twice: with
 * the JDK's default CDS archive, and with an AppCDS archive of each app's own, made by a training
 * run of that app ({@code -XX:ArchiveClassesAtExit}). Not a test:
 *
 * <pre>mvn -q test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath dev.sextant.bench.StartupBenchmark"</pre>
 */
public final class StartupBenchmark {

    private static final int REPEATS = 5;
    private static final String PHASE = "Start-up: ";
    /** JVM flags for both apps' starts, from {@code -Dbench.flags="-XA -XB"}: to try an option fairly. */
    private static final List<String> BOTH_FLAGS = java.util.Arrays.stream(System.getProperty("bench.flags", "").split(" "))
            .filter(f -> !f.isBlank()).toList();

    private StartupBenchmark() {
    }

    /** One of the two apps: its main class and the line it prints at the finish. */
    private record App(String name, String mainClass, String finish) {
    }

    /** A start's milliseconds from launching the JVM to the finish, and to each phase it printed. */
    private record Start(double ms, Map<String, Double> phases) {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createTempDirectory("sextant-start-jars");
        try {
            String classPath = JarClassPath.of(System.getProperty("java.class.path"), work);
            App bare = new App("bare Stage with a Label", BareWindow.class.getName(), BareWindow.SHOWN);
            App ours = new App("Sextant", Main.class.getName(), SextantApp.READY_LOG_LINE);
            compare("default CDS", classPath, bare, List.of(), ours, List.of());
            Path bareArchive = train(bare, classPath, work.resolve("bare.jsa"));
            Path ourArchive = train(ours, classPath, work.resolve("sextant.jsa"));
            compare("AppCDS archive of each app's own (the goal's ratio)", classPath,
                    bare, List.of("-Xshare:on", "-XX:SharedArchiveFile=" + bareArchive),
                    ours, List.of("-Xshare:on", "-XX:SharedArchiveFile=" + ourArchive));
        } finally {
            deleteTree(work);
        }
    }

    private static void compare(String way, String classPath, App bare, List<String> bareFlags,
                                App ours, List<String> ourFlags) throws Exception {
        launch(bare, classPath, bareFlags); // warm the disk cache for both
        launch(ours, classPath, ourFlags);
        double[] bareMs = new double[REPEATS];
        double[] ourMs = new double[REPEATS];
        Start last = null;
        for (int i = 0; i < REPEATS; i++) {
            bareMs[i] = launch(bare, classPath, bareFlags).ms();
            last = launch(ours, classPath, ourFlags);
            ourMs[i] = last.ms();
        }
        System.out.printf("%s: bare %s, Sextant usable %s%n", way, Arrays.toString(round(bareMs)),
                Arrays.toString(round(ourMs)));
        double b = median(bareMs);
        double o = median(ourMs);
        System.out.printf("Cold start, %s (median of %d): %s shown %.0f ms, Sextant main window usable %.0f ms: "
                + "ratio %.2f (goal <= 1.5)%n", way, REPEATS, bare.name(), b, o, o / b);
        System.out.println("  Sextant's last start, ms after launch: " + last.phases());
    }

    /** Makes {@code app}'s AppCDS archive from one start (dumped as the JVM exits). */
    private static Path train(App app, String classPath, Path archive) throws Exception {
        launch(app, classPath, List.of("-XX:ArchiveClassesAtExit=" + archive));
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("the training run of " + app.name() + " left no archive");
        }
        return archive;
    }

    /** Starts {@code app} in a JVM of its own with a fresh home, until it prints its finish line. */
    private static Start launch(App app, String classPath, List<String> flags) throws Exception {
        Path home = Files.createTempDirectory("sextant-start");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1400x900-32", "-Dsextant.home=" + home,
                "-Dorg.slf4j.simpleLogger.log.dev.sextant.ui.app.StartupPhases=debug"));
        command.addAll(BOTH_FLAGS);
        command.addAll(flags);
        command.addAll(List.of("-cp", classPath, app.mainClass()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            return readUntilFinish(app, out, start);
        } finally {
            process.destroy(); // as the window's close would: the training run's archive is written now
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
            deleteTree(home);
        }
    }

    private static Start readUntilFinish(App app, BufferedReader out, long start) throws Exception {
        Map<String, Double> phases = new LinkedHashMap<>();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            double ms = (System.nanoTime() - start) / 1e6;
            int phase = line.indexOf(PHASE);
            if (phase >= 0) {
                phases.put(line.substring(phase + PHASE.length()), Math.rint(ms));
            } else if (line.contains(SextantApp.SHOWN_LOG_LINE)) {
                phases.put("shown", Math.rint(ms));
            }
            if (line.contains(app.finish())) {
                phases.put("usable", Math.rint(ms));
                return new Start(ms, phases);
            }
            if (line.contains("rror") || line.contains("arning")) {
                System.out.println("  " + app.name() + ": " + line);
            }
        }
        throw new IllegalStateException(app.name() + " ended without reaching its finish line");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long[] round(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }

    /** Deletes {@code dir} and everything in it (a start's home, the jars of a run). */
    static void deleteTree(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
        }
    }
}
