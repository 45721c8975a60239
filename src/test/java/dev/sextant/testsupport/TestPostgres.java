package dev.sextant.testsupport;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The throwaway PostgreSQL cluster every test in a run shares: started on first use on a free
 * port, data under {@code target/postgres}, scram-sha-256 with a password generated for this run,
 * stopped when the test JVM exits (zonky's own shutdown hook runs {@code pg_ctl stop}).
 *
 * <p>{@link #startPostgres15()} starts a second, private cluster of an older major version the
 * same way, for a test that needs one (this machine's pg_dump cannot dump the shared 17).
 *
 * <p>As root (CI here) zonky runs initdb and pg_ctl inside {@code unshare -U}, so PostgreSQL
 * sees an unprivileged user and agrees to start.
 */
public final class TestPostgres {

    public static final String SUPERUSER = "postgres";

    /** Where the build copies zonky's PostgreSQL 15 jar (pom.xml, maven-dependency-plugin). */
    private static final String POSTGRES15_JAR_PROPERTY = "sextant.postgres15.binaries";
    /** The archive inside every zonky linux-amd64 binaries jar. */
    private static final String BINARIES_ENTRY = "postgres-linux-x86_64.txz";

    private static TestPostgres instance;

    private final EmbeddedPostgres server;
    private final String password;

    private TestPostgres(EmbeddedPostgres server, String password) {
        this.server = server;
        this.password = password;
    }

    /** The run's server, started on first call. Fails (never skips) when it cannot start. */
    public static synchronized TestPostgres get() {
        if (instance == null) {
            instance = start("postgres", DefaultPostgresBinaryResolver.INSTANCE);
        }
        return instance;
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return server.getPort();
    }

    public String user() {
        return SUPERUSER;
    }

    public String password() {
        return password;
    }

    /** A new connection over TCP as the superuser, authenticated with the scram password. */
    /** The first column of the first row {@code sql} returns in {@code database}, as text: what a check reads back. */
    public String firstValue(String database, String sql) throws SQLException {
        try (Connection c = connect(database); java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    public Connection connect(String database) throws SQLException {
        return connect(database, new Properties());
    }

    /** As {@link #connect(String)}, with pgjdbc connection properties of the caller's (e.g. {@code preferQueryMode}). */
    public Connection connect(String database, Properties options) throws SQLException {
        Properties props = new Properties();
        props.putAll(options);
        props.setProperty("user", SUPERUSER);
        props.setProperty("password", password);
        return DriverManager.getConnection(
                "jdbc:postgresql://" + host() + ":" + port() + "/" + database, props);
    }

    /** Drops the database if it exists (disconnecting whoever is in it) and creates it empty. */
    public void recreateDatabase(String database) throws SQLException {
        try (Connection c = connect("postgres"); java.sql.Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + database);
        }
    }

    /** How Sextant reaches a database of this server: the superuser with the run's password, over TCP. */
    public dev.sextant.core.connect.Endpoint endpoint(String database) {
        return new dev.sextant.core.connect.Endpoint(
                dev.sextant.core.connect.ConnectionSpec.postgres(host(), port(), database, user()), password);
    }

    /**
     * A PostgreSQL 15 cluster of the caller's own, data under {@code target/postgres15}; the caller
     * stops it with {@link #close()}. Its binaries come from the jar the build copies to
     * {@code target/zonky}, not from the classpath, where zonky would find the 17 of {@link #get()}.
     * Fails (never skips) when it cannot start.
     */
    public static TestPostgres startPostgres15() {
        Path jar = Path.of(System.getProperty(POSTGRES15_JAR_PROPERTY, "target/zonky/postgres15-binaries.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No PostgreSQL 15 binaries at " + jar.toAbsolutePath()
                    + "; `mvn generate-test-resources` copies them there.");
        }
        return start("postgres15", (system, machineHardware) -> binariesIn(jar));
    }

    /** Stops a cluster from {@link #startPostgres15()} and deletes its data; the shared one stops with the JVM. */
    public void close() {
        if (this == instance) {
            throw new IllegalStateException("The shared test cluster stops when the test JVM exits.");
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The txz zonky unpacks, read whole: zonky reads it whole anyway, and the jar can be closed at once. */
    private static ByteArrayInputStream binariesIn(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(BINARIES_ENTRY);
            if (entry == null) {
                throw new IOException(jar + " holds no " + BINARIES_ENTRY);
            }
            return new ByteArrayInputStream(zip.getInputStream(entry).readAllBytes());
        }
    }

    /** Starts a cluster with data under {@code target/<dirName>}, unpacking {@code binaries} into its own bin directory. */
    private static TestPostgres start(String dirName, PgBinaryResolver binaries) {
        Path base = Path.of(System.getProperty("sextant.testdir", "target")).toAbsolutePath().resolve(dirName);
        String password = generatePassword();
        try {
            Files.createDirectories(base);
            Path pwfile = base.resolve("pwfile");
            Files.writeString(pwfile, password + "\n");
            Files.setPosixFilePermissions(pwfile, PosixFilePermissions.fromString("rw-------"));
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(binaries)
                    .setOverrideWorkingDirectory(base.resolve("bin").toFile())
                    .setDataDirectory(base.resolve("data"))
                    .setCleanDataDirectory(true)
                    .setPort(freePort())
                    .setLocaleConfig("auth-host", "scram-sha-256")
                    .setLocaleConfig("auth-local", "scram-sha-256")
                    .setLocaleConfig("pwfile", pwfile.toString())
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setConnectConfig("password", password)
                    .start();
            Files.delete(pwfile);
            return new TestPostgres(server, password);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The throwaway PostgreSQL for the tests could not start ("
                    + e.getMessage() + "); it needs a writable target/ directory and, when tests run as root, "
                    + "the `unshare` command from util-linux.", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
