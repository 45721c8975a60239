package dev.sextant.testsupport;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Cassandra node every Cassandra test of a run shares: {@code cassandra-all} 5.0 in a child
 * JVM (never in the test JVM: its netty and logging clash with the driver's), started by the
 * first test that asks for it, on two free ports of 127.0.0.1, data under
 * {@code target/cassandra-node}. Stopped with SIGTERM when the test JVM exits; if that JVM dies
 * without running its hooks the child sees its stdin close and exits by itself.
 *
 * <p>Measured here (2 cores): ready for CQL in about 10 s, about 700 MB resident.
 */
public final class TestCassandra {

    public static final String DATACENTER = "datacenter1";
    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private static TestCassandra instance;
    private static RuntimeException failure;

    private final Process node;
    private final int port;
    private final long startMillis;
    private final long residentBytes;

    private TestCassandra(Process node, int port, long startMillis, long residentBytes) {
        this.node = node;
        this.port = port;
        this.startMillis = startMillis;
        this.residentBytes = residentBytes;
    }

    /** The run's node, started on first call. Fails (never skips) with one sentence when it cannot start. */
    public static synchronized TestCassandra get() {
        if (failure != null) {
            throw failure;
        }
        if (instance == null) {
            try {
                instance = start();
            } catch (Exception e) {
                failure = new IllegalStateException("The test Cassandra node could not start: " + e.getMessage(), e);
                throw failure;
            }
        }
        return instance;
    }

    public String host() {
        return "127.0.0.1";
    }

    /** The native (CQL) port. */
    public int port() {
        return port;
    }

    /** How Sextant reaches the node: one contact point, local datacenter datacenter1, no keyspace. */
    public dev.sextant.core.cassandra.CassandraSpec spec() {
        return dev.sextant.core.cassandra.CassandraSpec.of(host(), port);
    }

    /**
     * Freezes the node (SIGSTOP) so that a request sent now gets no answer until {@link #resume()}:
     * how a test holds a request in flight without making the server work.
     */
    public void pause() {
        signal("-STOP");
    }

    public void resume() {
        signal("-CONT");
    }

    private void signal(String which) {
        try {
            Process kill = new ProcessBuilder("sh", "-c", "kill " + which + " " + node.pid()).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill " + which + " " + node.pid() + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException("kill " + which + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while signalling the node", e);
        }
    }

    /** How long the node took from launch to answering CQL. */
    public long startMillis() {
        return startMillis;
    }

    /** The child's resident memory when it became ready, from /proc (0 where there is none). */
    public long residentBytes() {
        return residentBytes;
    }

    private static TestCassandra start() throws IOException, InterruptedException {
        Path project = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        Path target = Path.of(System.getProperty("sextant.testdir", project.resolve("target").toString()));
        CassandraNodeFiles files = new CassandraNodeFiles(target.toAbsolutePath().resolve("cassandra-node"));
        Files.createDirectories(files.base());
        String classpath = files.classpath(project);
        int storagePort = freePort();
        int nativePort = freePort();
        Path yaml = files.writeConfig(storagePort, nativePort);

        long launched = System.nanoTime();
        Process node = new ProcessBuilder(command(files, yaml, classpath))
                .redirectErrorStream(true)
                .redirectOutput(files.log().toFile())
                .start(); // stdin stays a pipe to us: CassandraNodeMain exits when it closes
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(node), "stop-test-cassandra"));
        awaitCql(node, nativePort, files.log());
        long millis = (System.nanoTime() - launched) / 1_000_000;
        long resident = residentBytes(node.pid());
        System.err.printf("Test Cassandra node (pid %d) answered CQL after %.1f s, %d MB resident%n",
                node.pid(), millis / 1000.0, resident >> 20);
        return new TestCassandra(node, nativePort, millis, resident);
    }

    private static List<String> command(CassandraNodeFiles files, Path yaml, String classpath) {
        Path javaExe = Path.of(System.getProperty("java.home"), "bin", "java");
        String ownClasses = Path.of(CassandraNodeMain.class.getProtectionDomain().getCodeSource().getLocation()
                .getPath()).toString();
        List<String> command = new ArrayList<>(List.of(javaExe.toString(), "-Xms256m", "-Xmx512m"));
        command.addAll(CassandraNodeFiles.JAVA17_FLAGS);
        command.addAll(CassandraNodeFiles.SPEED_FLAGS);
        command.addAll(List.of(
                "-Dcassandra.config=" + yaml.toUri(),
                "-Dlogback.configurationFile=" + files.logback(),
                "-Dcassandra.storagedir=" + files.base().resolve("data"),
                "-cp", classpath + java.io.File.pathSeparator + ownClasses,
                CassandraNodeMain.class.getName()));
        return command;
    }

    /** Ready = the child still alive and its native port answering a CQL query (a bare open port can fool). */
    private static void awaitCql(Process node, int port, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!node.isAlive()) {
                throw new IllegalStateException("its JVM exited with status " + node.exitValue() + " (see " + log + ")");
            }
            if (answersCql(port)) {
                return;
            }
            Thread.sleep(500);
        }
        stop(node);
        throw new IllegalStateException("it did not answer CQL within " + READY_WITHIN.toSeconds() + " s (see " + log + ")");
    }

    private static boolean answersCql(int port) {
        try (java.net.Socket probe = new java.net.Socket()) {
            probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
        } catch (IOException notYet) {
            return false;
        }
        DriverConfigLoader config = DriverConfigLoader.programmaticBuilder()
                .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(5))
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(5))
                .build();
        try (CqlSession session = CqlSession.builder()
                .addContactPoint(new InetSocketAddress("127.0.0.1", port))
                .withLocalDatacenter(DATACENTER)
                .withConfigLoader(config)
                .build()) {
            return session.execute("SELECT release_version FROM system.local").one() != null;
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    private static void stop(Process node) {
        if (!node.isAlive()) {
            return;
        }
        long asked = System.nanoTime();
        node.destroy(); // SIGTERM: Cassandra drains and exits
        try {
            if (!node.waitFor(20, TimeUnit.SECONDS)) {
                node.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            node.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        System.err.printf("Test Cassandra node stopped in %.1f s%n", (System.nanoTime() - asked) / 1e9);
    }

    private static long residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException unknown) {
            // Not Linux: the figure is only reported.
        }
        return 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
