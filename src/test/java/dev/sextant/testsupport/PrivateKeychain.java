package dev.sextant.testsupport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Secret Service of the test's own: a private D-Bus session bus and Debian's
 * gnome-keyring-daemon (the secrets component only) on it, its login keyring created in a
 * temporary directory and unlocked with a throwaway password fed on stdin. Nothing of the
 * developer's session is touched: HOME, XDG_DATA_HOME and XDG_RUNTIME_DIR point into that directory.
 *
 * <p>Both daemons run in the foreground as children of the test JVM, and {@link #close()} stops
 * them. Should the JVM die without running it, the bus still ends: it runs under a shell that
 * waits on a pipe from the JVM and kills it when that pipe closes, and gnome-keyring-daemon exits
 * when its bus goes away. The bus's configuration is ours, with no service activation, so nothing
 * (a password prompter, a second keyring) is started behind the test's back.
 *
 * <p>{@code secret-tool} (libsecret, C) reads and clears entries independently of the JVM, which
 * is how tests prove a password really landed in the keyring.
 */
public final class PrivateKeychain implements AutoCloseable {

    public static final String REQUIRE_KEYCHAIN = "SEXTANT_REQUIRE_KEYCHAIN";
    public static final String NO_KEYCHAIN = "no dbus-daemon, gnome-keyring-daemon or secret-tool on this machine"
            + " (Debian: apt install dbus-daemon gnome-keyring libsecret-tools)";
    private static final List<String> TOOLS = List.of("dbus-daemon", "gnome-keyring-daemon", "secret-tool");
    private static final String LOGIN_PASSWORD = "throwaway-login-password";
    private static final long WAIT_MILLIS = 10_000;

    private final Path dir;
    private final Path socket;
    private final Process bus;
    private final Thread stopOnExit = new Thread(this::stopProcesses, "private-keychain-stop");
    private Process keyring;

    private PrivateKeychain(Path dir) throws IOException, InterruptedException {
        this.dir = dir;
        this.socket = dir.resolve("bus");
        for (String sub : List.of("home", "data", "run")) {
            Files.createDirectories(dir.resolve(sub));
        }
        Path config = dir.resolve("bus.conf");
        Files.writeString(config, """
                <busconfig>
                  <type>session</type>
                  <listen>unix:path=%s</listen>
                  <auth>EXTERNAL</auth>
                  <policy context="default">
                    <allow send_destination="*" eavesdrop="true"/>
                    <allow eavesdrop="true"/>
                    <allow own="*"/>
                  </policy>
                </busconfig>
                """.formatted(socket), StandardCharsets.UTF_8);
        // The shell reads its stdin (our pipe) and kills the bus when it ends: on close(), or when the JVM dies.
        bus = new ProcessBuilder("sh", "-c", "dbus-daemon --config-file=\"$1\" --nofork & bus=$!; "
                + "read -r _; kill $bus; wait $bus", "sh", config.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("dbus-daemon.log").toFile()).start();
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** The sentence a test skips (or, in CI, fails) with; empty when every tool is installed. */
    public static Optional<String> missingTools() {
        List<String> path = List.of(System.getenv().getOrDefault("PATH", "").split(":"));
        boolean all = TOOLS.stream().allMatch(tool -> path.stream().anyMatch(d -> Files.isExecutable(Path.of(d, tool))));
        return all ? Optional.empty() : Optional.of(NO_KEYCHAIN);
    }

    /** Starts a bus and a keyring in a new temporary directory. */
    public static PrivateKeychain start() throws IOException, InterruptedException {
        PrivateKeychain keychain = new PrivateKeychain(Files.createTempDirectory("sextant-keychain"));
        try {
            waitFor(() -> Files.exists(keychain.socket), "the D-Bus socket " + keychain.socket);
            keychain.startKeyring();
            return keychain;
        } catch (IOException | InterruptedException | RuntimeException e) {
            keychain.close(); // a half-started keychain must not outlive the failed test
            throw e;
        }
    }

    /** The bus address, as DBUS_SESSION_BUS_ADDRESS would carry it. */
    public String address() {
        return "unix:path=" + socket;
    }

    /** Starts gnome-keyring-daemon on the bus, unlocking (or first creating) the login keyring in this directory. */
    public void startKeyring() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("gnome-keyring-daemon", "--foreground", "--components=secrets",
                "--unlock").redirectErrorStream(true).redirectOutput(dir.resolve("gnome-keyring.log").toFile());
        environment(builder.environment());
        keyring = builder.start();
        try (OutputStream stdin = keyring.getOutputStream()) {
            stdin.write(LOGIN_PASSWORD.getBytes(StandardCharsets.UTF_8)); // --unlock reads it up to end of input
        }
        waitFor(() -> answers(), "gnome-keyring-daemon to serve org.freedesktop.secrets");
    }

    /** Stops gnome-keyring-daemon; what it holds stays in its files, as after a logout. */
    public void stopKeyring() throws InterruptedException {
        if (keyring != null) {
            keyring.destroy();
            if (!keyring.waitFor(5, TimeUnit.SECONDS)) {
                keyring.destroyForcibly().waitFor();
            }
            keyring = null;
        }
    }

    /** The secret stored under these attributes, read by {@code secret-tool}; empty when there is none. */
    public Optional<String> lookup(String service, String account) throws IOException, InterruptedException {
        Tool result = secretTool("lookup", "service", service, "account", account);
        if (result.exit == 1 && result.err.isEmpty()) {
            return Optional.empty();
        }
        result.requireSuccess();
        return Optional.of(result.out);
    }

    /** The labels of the entries with these attributes, as {@code secret-tool search} shows them. */
    public List<String> labels(String service, String account) throws IOException, InterruptedException {
        Tool result = secretTool("search", "--all", "service", service, "account", account);
        return result.out.lines().filter(line -> line.startsWith("label = "))
                .map(line -> line.substring("label = ".length())).toList();
    }

    /** Deletes every entry of the service, so each test starts from an empty keyring. */
    public void clear(String service) throws IOException, InterruptedException {
        Tool result = secretTool("clear", "service", service);
        if (result.exit != 0 && !result.err.isEmpty()) {
            result.requireSuccess();
        }
    }

    /** Every file the keychain and the bus wrote: the keyring files, the logs. */
    public List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }

    /** Stops both daemons and removes the directory. */
    @Override
    public void close() throws IOException {
        stopProcesses();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException jvmAlreadyStopping) {
            // the hook is running or has run: the processes are stopped either way
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private void stopProcesses() {
        try {
            stopKeyring();
            bus.getOutputStream().close(); // the shell's read ends, it kills dbus-daemon and waits for it
            if (!bus.waitFor(5, TimeUnit.SECONDS)) {
                bus.descendants().forEach(ProcessHandle::destroyForcibly);
                bus.destroyForcibly().waitFor();
            }
        } catch (IOException | InterruptedException e) {
            bus.descendants().forEach(ProcessHandle::destroyForcibly);
            bus.destroyForcibly();
        }
    }

    /** A probe lookup that exits 1 with nothing on stderr means the service answered "no such entry". */
    private boolean answers() {
        try {
            Tool probe = secretTool("lookup", "service", "sextant-test-probe", "account", "probe");
            return probe.exit == 1 && probe.err.isEmpty();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void environment(Map<String, String> env) {
        env.put("DBUS_SESSION_BUS_ADDRESS", address());
        env.put("HOME", dir.resolve("home").toString());
        env.put("XDG_DATA_HOME", dir.resolve("data").toString());
        env.put("XDG_RUNTIME_DIR", dir.resolve("run").toString());
        env.remove("DISPLAY"); // no prompter: a keyring that needed one must fail, not open a window
    }

    private Tool secretTool(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "secret-tool", ".out");
        Path err = Files.createTempFile(dir, "secret-tool", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of("secret-tool"), Stream.of(args)).toList())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            environment(builder.environment());
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IOException("secret-tool " + args[0] + " did not finish in " + WAIT_MILLIS + " ms");
            }
            return new Tool(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8).strip(), args[0]);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private record Tool(int exit, String out, String err, String command) {
        void requireSuccess() {
            if (exit != 0) {
                throw new IllegalStateException("secret-tool " + command + " failed (exit " + exit + "): " + err);
            }
        }
    }

    private interface Condition {
        boolean holds() throws IOException;
    }

    private static void waitFor(Condition condition, String what) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!condition.holds()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("gave up waiting for " + what + " after " + WAIT_MILLIS + " ms");
            }
            Thread.sleep(50);
        }
    }
}
