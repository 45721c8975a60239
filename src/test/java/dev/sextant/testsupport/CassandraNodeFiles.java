package dev.sextant.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What the test Cassandra node's child JVM is started from, all under {@code target/cassandra-node}:
 * its classpath (resolved once from the helper pom {@code src/test/cassandra-node/pom.xml} by the
 * same Maven that runs the build, so a fresh machine downloads {@code cassandra-all} from Maven
 * Central like any other artifact, and only when a Cassandra test runs), a minimal
 * {@code cassandra.yaml} and a logback file of its own.
 */
final class CassandraNodeFiles {

    /** Cassandra 5.0's conf/jvm17-server.options, the JPMS part: without it the node fails on Java 17. */
    static final List<String> JAVA17_FLAGS = List.of(
            "-Djdk.attach.allowAttachSelf=true",
            "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED",
            "--add-exports", "java.management.rmi/com.sun.jmx.remote.internal.rmi=ALL-UNNAMED",
            "--add-exports", "java.rmi/sun.rmi.registry=ALL-UNNAMED",
            "--add-exports", "java.rmi/sun.rmi.server=ALL-UNNAMED",
            "--add-exports", "java.sql/java.sql=ALL-UNNAMED",
            "--add-exports", "java.base/java.lang.ref=ALL-UNNAMED",
            "--add-exports", "jdk.unsupported/sun.misc=ALL-UNNAMED",
            "--add-exports", "jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
            "--add-exports", "jdk.attach/sun.tools.attach=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang.module=ALL-UNNAMED",
            "--add-opens", "java.base/jdk.internal.loader=ALL-UNNAMED",
            "--add-opens", "java.base/jdk.internal.ref=ALL-UNNAMED",
            "--add-opens", "java.base/jdk.internal.reflect=ALL-UNNAMED",
            "--add-opens", "java.base/jdk.internal.math=ALL-UNNAMED",
            "--add-opens", "java.base/jdk.internal.module=ALL-UNNAMED",
            "--add-opens", "java.base/jdk.internal.util.jar=ALL-UNNAMED",
            "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED",
            "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens", "java.base/java.io=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens", "jdk.compiler/com.sun.tools.javac=ALL-UNNAMED",
            "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/java.util=ALL-UNNAMED",
            "-Dio.netty.tryReflectionSetAccessible=true");

    /** A single test node needs no gossip settling, ring delay or shutdown announcement. */
    static final List<String> SPEED_FLAGS = List.of(
            "-Dcassandra.skip_wait_for_gossip_to_settle=0",
            "-Dcassandra.ring_delay_ms=100",
            "-Dcassandra.shutdown_announce_in_ms=0");

    private final Path base;

    CassandraNodeFiles(Path base) {
        this.base = base;
    }

    Path base() {
        return base;
    }

    Path log() {
        return base.resolve("node.log");
    }

    /**
     * Cassandra's classpath: read from {@code classpath.txt}, resolved first when that is missing
     * or older than the helper pom.
     */
    String classpath(Path projectDir) throws IOException, InterruptedException {
        Path helperPom = projectDir.resolve("src/test/cassandra-node/pom.xml");
        Path file = base.resolve("classpath.txt");
        if (!Files.isRegularFile(file)
                || Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(helperPom)) < 0) {
            resolve(helperPom, file);
        }
        return Files.readString(file).strip();
    }

    /**
     * Offline first (a second of Maven when the jars are already in the local repository, and
     * no network asked for), then online, which a fresh machine needs once.
     */
    private void resolve(Path helperPom, Path out) throws IOException, InterruptedException {
        Path log = base.resolve("resolve.log");
        if (!runMaven(helperPom, out, log, true) && !runMaven(helperPom, out, log, false)) {
            throw new IOException("Maven could not resolve cassandra-all from " + helperPom + " (see " + log + ")");
        }
    }

    private boolean runMaven(Path helperPom, Path out, Path log, boolean offline)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(maven(), "-q", "-B", "-f", helperPom.toString(),
                "dependency:build-classpath", "-Dmdep.outputFile=" + out));
        String repo = System.getProperty("sextant.maven.repo", "");
        if (!repo.isBlank()) {
            command.add("-Dmaven.repo.local=" + repo);
        }
        if (offline) {
            command.add("-o");
        }
        Files.deleteIfExists(out);
        Process mvn = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!mvn.waitFor(10, TimeUnit.MINUTES)) {
            mvn.destroyForcibly();
            return false;
        }
        return mvn.exitValue() == 0 && Files.isRegularFile(out);
    }

    /** The Maven running this build (surefire passes its home), else the one on PATH. */
    private static String maven() {
        String home = System.getProperty("sextant.maven.home", System.getProperty("maven.home", ""));
        Path mvn = Path.of(home, "bin", "mvn");
        return !home.isBlank() && Files.isExecutable(mvn) ? mvn.toString() : "mvn";
    }

    /** Writes cassandra.yaml (empty data directories, the two ports) and logback.xml; returns the yaml. */
    Path writeConfig(int storagePort, int nativePort) throws IOException {
        Path data = base.resolve("data");
        deleteTree(data);
        Files.createDirectories(data);
        Path file = base.resolve("cassandra.yaml");
        Files.writeString(file, yaml(data, storagePort, nativePort));
        Files.writeString(logback(), """
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level [%thread] %logger{20} - %msg%n</pattern></encoder>
                  </appender>
                  <root level="INFO"><appender-ref ref="OUT"/></root>
                </configuration>
                """);
        return file;
    }

    /** Only what 5.0 requires, the addresses and ports, and every directory under {@code data}. */
    private static String yaml(Path data, int storagePort, int nativePort) {
        return String.join("\n",
                "cluster_name: sextant-test",
                "num_tokens: 1",
                "partitioner: org.apache.cassandra.dht.Murmur3Partitioner",
                "endpoint_snitch: SimpleSnitch",
                "commitlog_sync: periodic",
                "commitlog_sync_period: 10000ms",
                "seed_provider:",
                "  - class_name: org.apache.cassandra.locator.SimpleSeedProvider",
                "    parameters:",
                "      - seeds: \"127.0.0.1:" + storagePort + "\"",
                "listen_address: 127.0.0.1",
                "rpc_address: 127.0.0.1",
                "storage_port: " + storagePort,
                "native_transport_port: " + nativePort,
                "start_native_transport: true",
                "data_file_directories: [" + data.resolve("data") + "]",
                "commitlog_directory: " + data.resolve("commitlog"),
                "saved_caches_directory: " + data.resolve("saved_caches"),
                "hints_directory: " + data.resolve("hints"),
                "cdc_raw_directory: " + data.resolve("cdc_raw"),
                // The catalog lists views and functions, so the test node allows creating them.
                "materialized_views_enabled: true",
                "user_defined_functions_enabled: true",
                "auto_snapshot: false",
                "");
    }

    Path logback() {
        return base.resolve("logback.xml");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
