package dev.sextant.core.connect;

import dev.sextant.core.session.PlainError;
import dev.sextant.core.sqlite.NewSqliteDatabase;
import dev.sextant.testsupport.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;

import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Test button against the real throwaway server and real files, and the sentence each failure gets. */
class ConnectionCheckTest {

    private final TestPostgres server = TestPostgres.get();

    @TempDir
    Path home;

    private ParsedConnection parse(String text) throws ConnectionStringException {
        return ConnectionStrings.parse(text, new ConnectionEnvironment(Map.of(), home, "nobody"));
    }

    private String base() {
        return "host=" + server.host() + " port=" + server.port() + " ";
    }

    private String check(String text) throws Exception {
        return new ConnectionCheck(parse(text).endpoint()).run();
    }

    private String failure(String text) {
        SQLException e = assertThrows(SQLException.class, () -> check(text));
        return PlainError.of(e).sentence();
    }

    @Test
    void aPastedTutorialStyleStringConnectsAndNamesTheServer() throws Exception {
        String version = check(base() + "dbname=postgres user=postgres password='" + server.password() + "'");
        assertTrue(version.matches("PostgreSQL 17\\.\\d+"), version);
    }

    @Test
    void theSavedSslModeAndApplicationNameReachTheServer() throws Exception {
        ParsedConnection parsed = parse(base() + "dbname=postgres user=postgres sslmode=disable application_name='dialog test' password=" + server.password());
        try (var connection = parsed.endpoint().connect(); var rs = connection.createStatement()
                .executeQuery("SELECT current_setting('application_name'), ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            assertTrue(rs.next());
            assertEquals("dialog test", rs.getString(1));
            assertFalse(rs.getBoolean(2));
        }
    }

    @Test
    void wrongPassword() {
        assertEquals("Password authentication failed for user \"postgres\".",
                failure(base() + "dbname=postgres user=postgres password=wrong"));
    }

    @Test
    void wrongPasswordNeverAppearsInTheErrorOrTheUrl() throws Exception {
        ParsedConnection parsed = parse(base() + "dbname=postgres user=postgres password=Secret-Wrong-42");
        SQLException e = assertThrows(SQLException.class, () -> new ConnectionCheck(parsed.endpoint()).run());
        PlainError plain = PlainError.of(e);
        assertFalse((plain.sentence() + plain.detail()).contains("Secret-Wrong-42"));
        assertFalse(parsed.endpoint().jdbcUrl().contains("Secret-Wrong-42"));
    }

    @Test
    void unknownDatabase() {
        assertEquals("Database \"no_such_db\" does not exist.",
                failure(base() + "dbname=no_such_db user=postgres password=" + server.password()));
    }

    @Test
    void unknownRoleReadsAsAFailedPasswordBecauseScramHidesWhetherTheRoleExists() {
        // The server deliberately answers the same for a missing role and a wrong password.
        assertEquals("Password authentication failed for user \"no_such_role\".",
                failure(base() + "dbname=postgres user=no_such_role password=x"));
    }

    @Test
    void unknownRoleSentenceWhereTheServerSaysSo() {
        // Servers with trust or peer authentication say it outright; built as the server sends it.
        PSQLException e = new PSQLException(new ServerErrorMessage("SFATAL\0C28000\0Mrole \"ghost\" does not exist\0"));
        assertEquals("Role \"ghost\" does not exist.", PlainError.of(e).sentence());
    }

    @Test
    void connectionRefusedOnAClosedLocalPort() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertEquals("The server at 127.0.0.1:" + closed + " refused the connection; check that PostgreSQL is running "
                + "and listens on that host and port.", failure("host=127.0.0.1 port=" + closed + " user=u password=p"));
    }

    @Test
    void hostUnknown() {
        assertEquals("The host name \"no-such-host.invalid\" could not be found.",
                failure("host=no-such-host.invalid user=u password=p"));
    }

    @Test
    void sslRequiredButTheServerHasNone() {
        assertEquals("The server does not accept SSL connections, but the SSL mode requires SSL.",
                failure(base() + "dbname=postgres user=postgres sslmode=require password=" + server.password()));
    }

    @Test
    void serverThatInsistsOnSsl() {
        PSQLException e = new PSQLException(new ServerErrorMessage("SFATAL\0C28000\0Mno pg_hba.conf entry for host "
                + "\"10.0.0.5\", user \"rose\", database \"dq\", no encryption\0"));
        assertEquals("The server accepts only SSL connections from here; set the SSL mode to require.",
                PlainError.of(e).sentence());
    }

    @Test
    void timeoutAndUntrustedCertificateSentences() {
        // Not produced for real: a timeout needs an address that swallows packets (this machine
        // would send them to its gateway), and the test server has no SSL to present a certificate.
        PSQLException timeout = new PSQLException("The connection attempt failed.", PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                new SocketTimeoutException("Connect timed out"));
        assertEquals("The server did not answer within the connect timeout.", PlainError.of(timeout).sentence());
        PSQLException untrusted = new PSQLException("SSL error: PKIX path building failed", PSQLState.CONNECTION_FAILURE,
                new javax.net.ssl.SSLHandshakeException("PKIX path building failed"));
        assertEquals("The server's SSL certificate is not trusted; give the root certificate that signed it, "
                + "or use SSL mode require.", PlainError.of(untrusted).sentence());
    }

    @Test
    void sqliteFileNamesItsVersion() throws Exception {
        Path file = NewSqliteDatabase.create(home.resolve("new.db")).file();
        assertTrue(new ConnectionCheck(Endpoint.of(ConnectionSpec.sqlite(file))).run().matches("SQLite 3\\.\\d+\\.\\d+"));
    }

    @Test
    void notASqliteDatabase() throws Exception {
        Path text = Files.writeString(home.resolve("notes.db"), "this is not a database, just some text in a file");
        SQLException e = assertThrows(SQLException.class,
                () -> new ConnectionCheck(Endpoint.of(ConnectionSpec.sqlite(text))).run());
        assertEquals("That file is not a SQLite database.", PlainError.of(e).sentence());
    }

    @Test
    void sqliteFileNotFoundAndNothingCreated() {
        Path missing = home.resolve("typo.db");
        SQLException e = assertThrows(SQLException.class,
                () -> new ConnectionCheck(Endpoint.of(ConnectionSpec.sqlite(missing))).run());
        assertEquals("No such file: " + missing + ".", PlainError.of(e).sentence());
        assertFalse(Files.exists(missing), "a mistyped path must not leave an empty stray file");
    }

    @Test
    void creatingANewDatabaseIsExplicitAndNeverOverwrites() throws Exception {
        Path file = NewSqliteDatabase.create(home.resolve("fresh.db")).file();
        assertTrue(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("SQLite format 3"));
        assertThrows(FileAlreadyExistsException.class, () -> NewSqliteDatabase.create(file));
    }

    @Test
    void readOnlySqliteRefusesWrites() throws Exception {
        Path file = NewSqliteDatabase.create(home.resolve("ro.db")).file();
        try (var connection = Endpoint.of(ConnectionSpec.sqlite(file).withReadOnly(true)).connect()) {
            SQLException e = assertThrows(SQLException.class, () -> connection.createStatement().execute("CREATE TABLE t(x)"));
            assertEquals("The database is open read-only and refuses changes.", PlainError.of(e).sentence());
        }
    }

    @Test
    void foreignKeysAreOnForSqlite() throws Exception {
        Path file = NewSqliteDatabase.create(home.resolve("fk.db")).file();
        try (var connection = Endpoint.of(ConnectionSpec.sqlite(file)).connect();
             var rs = connection.createStatement().executeQuery("PRAGMA foreign_keys")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void cancelEndsThePendingAttemptAtOnce() throws Exception {
        // A port that accepts TCP (the kernel's backlog) but never answers: the attempt hangs.
        try (ServerSocket silent = new ServerSocket(0)) {
            ParsedConnection parsed = parse("host=127.0.0.1 port=" + silent.getLocalPort() + " user=u password=p");
            ConnectionCheck check = new ConnectionCheck(parsed.endpoint());
            CompletableFuture<Object> result = CompletableFuture.supplyAsync(() -> {
                try {
                    return check.run();
                } catch (Exception e) {
                    return e;
                }
            });
            Thread.sleep(500);
            assertFalse(result.isDone(), "the attempt should still be waiting for the silent server");
            check.cancel();
            Object outcome = result.get(2, TimeUnit.SECONDS);
            assertTrue(outcome instanceof CancellationException, String.valueOf(outcome));
            assertEquals("The connection attempt was cancelled.", PlainError.of((Throwable) outcome).sentence());
        }
    }
}
