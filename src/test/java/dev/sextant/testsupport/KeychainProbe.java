package dev.sextant.testsupport;

import dev.sextant.core.connect.ConnectionEnvironment;
import dev.sextant.core.store.AppHome;
import dev.sextant.core.store.LazySecrets;
import dev.sextant.core.store.RememberedPasswords;
import dev.sextant.core.store.SavedConnection;
import dev.sextant.core.store.SavedConnections;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Sextant after a restart, for real: a new JVM that finds a saved connection's password the way
 * the app does ({@link SavedConnections} over {@link LazySecrets}, then {@link RememberedPasswords}),
 * with {@code DBUS_SESSION_BUS_ADDRESS} in its environment as a desktop session sets it, and
 * no system property. It prints what it found as {@code key=value} lines; the password only as a
 * SHA-256, so the test's own output never holds it.
 */
public final class KeychainProbe {

    private static final long TIMEOUT_SECONDS = 30;

    private KeychainProbe() {
    }

    /** In the child JVM: {@code args} are the app home and the saved connection's name. */
    public static void main(String[] args) throws Exception {
        SavedConnections saved = new SavedConnections(AppHome.at(Path.of(args[0])), new LazySecrets());
        Optional<SavedConnection> connection = saved.find(args[1]);
        // An empty environment and home: no ~/.pgpass or PGPASSWORD can stand in for the keychain.
        Path emptyHome = Files.createTempDirectory("probe-home");
        RememberedPasswords passwords = new RememberedPasswords(saved,
                new ConnectionEnvironment(Map.of(), emptyHome, "probe"));
        Optional<String> found = connection.flatMap(c -> passwords.find(c.spec()));
        System.out.println("saved=" + connection.isPresent());
        System.out.println("persistent=" + saved.passwordsSurviveRestart());
        System.out.println("describe=" + saved.passwordKeeping());
        System.out.println("password-sha256=" + found.map(KeychainProbe::sha256).orElse("none"));
        Files.delete(emptyHome);
    }

    /**
     * Runs {@link #main} in a new JVM whose {@code DBUS_SESSION_BUS_ADDRESS} is {@code busAddress}.
     *
     * @param stderr where the child's log goes, for the test to read
     */
    public static Map<String, String> run(Path home, String connectionName, String busAddress, Path stderr)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = Files.createTempFile(stderr.getParent(), "probe", ".out");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                KeychainProbe.class.getName(), home.toString(), connectionName))
                .redirectOutput(out.toFile()).redirectError(stderr.toFile());
        builder.environment().put(SessionBusProperty.NAME, busAddress);
        Process process = builder.start();
        process.getOutputStream().close();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("the probe JVM did not finish in " + TIMEOUT_SECONDS + " s");
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        Files.delete(out);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the probe JVM failed (exit " + process.exitValue() + "): "
                    + Files.readString(stderr, StandardCharsets.UTF_8));
        }
        Map<String, String> answer = new LinkedHashMap<>();
        for (String line : lines) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                answer.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return answer;
    }

    /**
     * Non-daemon D-Bus threads still alive in this JVM, after waiting up to two seconds for closing
     * connections to end theirs: any left would keep the app from exiting after its window closed.
     */
    public static List<String> lingeringBusThreads() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 2_000;
        while (true) {
            List<String> left = Thread.getAllStackTraces().keySet().stream()
                    .filter(t -> !t.isDaemon() && t.isAlive() && t.getName().startsWith("DBus")).map(Thread::getName).toList();
            if (left.isEmpty() || System.currentTimeMillis() > deadline) {
                return left;
            }
            Thread.sleep(50);
        }
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
