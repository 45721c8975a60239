package dev.sextant.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
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

/**
 * The throwaway PostgreSQL cluster every test in a run shares: started on first use on a free
 * port, data under {@code target/postgres}, scram-sha-256 with a password generated for this run,
 * stopped when the test JVM exits (zonky's own shutdown hook runs {@code pg_ctl stop}).
 *
 * <p>As root (CI here) zonky runs initdb and pg_ctl inside {@code unshare -U}, so PostgreSQL
 * sees an unprivileged user and agrees to start.
 */
public final class TestPostgres {

    public static final String SUPERUSER = "postgres";

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
            instance = start();
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
    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
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

    private static TestPostgres start() {
        Path base = Path.of(System.getProperty("sextant.testdir", "target")).toAbsolutePath().resolve("postgres");
        String password = generatePassword();
        try {
            Files.createDirectories(base);
            Path pwfile = base.resolve("pwfile");
            Files.writeString(pwfile, password + "\n");
            Files.setPosixFilePermissions(pwfile, PosixFilePermissions.fromString("rw-------"));
            EmbeddedPostgres server = EmbeddedPostgres.builder()
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
