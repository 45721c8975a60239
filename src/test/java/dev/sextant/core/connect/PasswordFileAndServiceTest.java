package dev.sextant.core.connect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ~/.pgpass, pg_service.conf and the PG* variables, each in a temporary home. */
class PasswordFileAndServiceTest {

    @TempDir
    Path home;

    private ConnectionEnvironment env(Map<String, String> variables) {
        return new ConnectionEnvironment(variables, home, "rose");
    }

    private Path pgpass(String... lines) throws Exception {
        Path file = home.resolve(".pgpass");
        Files.write(file, List.of(lines));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    @Test
    void theFirstMatchingLineOfPgpassWins() throws Exception {
        pgpass("# comment", "other:5432:dq:rose:wrong", "localhost:5432:dq:rose:first", "*:*:*:*:second");
        ParsedConnection parsed = ConnectionStrings.parse("dbname=dq", env(Map.of()));
        assertEquals("first", parsed.password());
        assertEquals(PasswordSource.PASSWORD_FILE, parsed.passwordSource());
    }

    @Test
    void wildcardsMatchAnythingButOnlyAsAWholeField() throws Exception {
        pgpass("db*:5432:*:rose:notwildcard", "*:6543:*:rose:wild");
        assertEquals("wild", ConnectionStrings.parse("host=db1 port=6543", env(Map.of())).password());
        assertNull(ConnectionStrings.parse("host=db1 port=5432", env(Map.of())).password());
    }

    @Test
    void escapedColonsAndBackslashesAreLiteral() throws Exception {
        pgpass("::1:5432:we\\:ird:rose:nope", "*:*:we\\:ird:rose:pa\\:ss\\\\word:trailing");
        ParsedConnection parsed = ConnectionStrings.parse("dbname=we:ird", env(Map.of()));
        assertEquals("pa:ss\\word", parsed.password());
    }

    @Test
    void aPasswordInTheStringBeatsPgpassAndPgpasswordBeatsPgpass() throws Exception {
        pgpass("*:*:*:*:fromfile");
        assertEquals("given", ConnectionStrings.parse("password=given", env(Map.of())).password());
        ParsedConnection fromEnv = ConnectionStrings.parse("", env(Map.of("PGPASSWORD", "fromenv")));
        assertEquals("fromenv", fromEnv.password());
        assertEquals(PasswordSource.ENVIRONMENT, fromEnv.passwordSource());
    }

    @Test
    void pgpassfileAndThePassfileOptionPointElsewhere() throws Exception {
        Path other = home.resolve("elsewhere");
        Files.writeString(other, "*:*:*:*:there\n");
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-------"));
        assertEquals("there", ConnectionStrings.parse("", env(Map.of("PGPASSFILE", other.toString()))).password());
        assertEquals("there", ConnectionStrings.parse("passfile=" + other, env(Map.of())).password());
    }

    @Test
    void aPgpassOthersCanReadIsIgnoredWithLibpqsWarning() throws Exception {
        Path file = pgpass("*:*:*:*:leaked");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        ParsedConnection parsed = ConnectionStrings.parse("dbname=dq", env(Map.of()));
        assertNull(parsed.password());
        assertEquals(List.of("WARNING: password file \"" + file
                + "\" has group or world access; permissions should be u=rw (0600) or less"), parsed.warnings());
    }

    @Test
    void pgVariablesFillWhatTheStringLeavesOut() throws Exception {
        ParsedConnection parsed = ConnectionStrings.parse("dbname=dq", env(Map.of(
                "PGHOST", "envhost", "PGPORT", "6000", "PGDATABASE", "ignored", "PGUSER", "envuser",
                "PGSSLMODE", "require", "PGAPPNAME", "envapp", "PGCONNECT_TIMEOUT", "9")));
        ConnectionSpec spec = parsed.spec();
        assertEquals(List.of(new ServerAddress("envhost", 6000)), spec.servers());
        assertEquals("dq", spec.database(), "the string wins over PGDATABASE");
        assertEquals("envuser", spec.user());
        assertEquals(SslMode.REQUIRE, spec.sslMode());
        assertEquals("envapp", spec.applicationName());
        assertEquals(9, spec.connectTimeoutSeconds());
    }

    @Test
    void anExplicitlyEmptyValueIsNotReplacedByTheVariableButByTheBuiltInDefault() throws Exception {
        ConnectionSpec spec = ConnectionStrings.parse("host=''", env(Map.of("PGHOST", "envhost"))).spec();
        assertEquals("localhost", spec.host());
    }

    @Test
    void aServiceFillsUnsetOptionsBeforeTheVariables() throws Exception {
        Files.writeString(home.resolve(".pg_service.conf"), """
                # the tutorial's server
                [other]
                host=wrong
                [tutorial]
                host=svc.example.com
                port=6543
                dbname=dq
                password=fromservice
                [after]
                host=wrong
                """);
        ParsedConnection parsed = ConnectionStrings.parse("service=tutorial user=rose",
                env(Map.of("PGHOST", "envhost", "PGPASSWORD", "fromenv")));
        assertEquals(List.of(new ServerAddress("svc.example.com", 6543)), parsed.spec().servers());
        assertEquals("dq", parsed.spec().database());
        assertEquals("fromservice", parsed.password());
        assertEquals(PasswordSource.SERVICE_FILE, parsed.passwordSource());
    }

    @Test
    void pgserviceAndPgservicefileAndPgsysconfdirAreHonouredInLibpqsOrder() throws Exception {
        Path userFile = home.resolve("my-services.conf");
        Files.writeString(userFile, "[mine]\nhost=userfile\n");
        Path sysconf = Files.createDirectory(home.resolve("etc"));
        Files.writeString(sysconf.resolve("pg_service.conf"), "[mine]\nhost=system\n[shared]\nhost=shared-host\n");
        Map<String, String> variables = Map.of("PGSERVICEFILE", userFile.toString(), "PGSYSCONFDIR", sysconf.toString());
        assertEquals("userfile", ConnectionStrings.parse("service=mine", env(variables)).spec().host());
        assertEquals("shared-host", ConnectionStrings.parse("service=shared", env(variables)).spec().host());
        Map<String, String> viaVariable = Map.of("PGSERVICE", "shared", "PGSYSCONFDIR", sysconf.toString());
        assertEquals("shared-host", ConnectionStrings.parse("", env(viaVariable)).spec().host());
    }

    @Test
    void serviceFileErrorsUseLibpqsWording() throws Exception {
        Path file = home.resolve(".pg_service.conf");
        Files.writeString(file, "[bad]\nhost\n[nested]\nservice=other\n[unknown]\ncolour=red\n");
        assertEquals("syntax error in service file \"" + file + "\", line 2", serviceError("bad"));
        assertEquals("nested \"service\" specifications not supported in service file \"" + file + "\", line 4",
                serviceError("nested"));
        assertEquals("syntax error in service file \"" + file + "\", line 6", serviceError("unknown"));
    }

    @Test
    void aBrokenPgserviceLeavesTheBlankDialogUsableWithTheErrorAsAWarning() {
        ParsedConnection defaults = ConnectionStrings.defaults(env(Map.of("PGSERVICE", "missing", "PGUSER", "u")));
        assertEquals("u", defaults.spec().user());
        assertEquals(List.of("definition of service \"missing\" not found"), defaults.warnings());
    }

    private String serviceError(String service) {
        return assertThrows(ConnectionStringException.class,
                () -> ConnectionStrings.parse("service=" + service, env(Map.of()))).getMessage();
    }

    @Test
    void aRealHomeIsNeverRead() {
        assertTrue(home.startsWith(Path.of(System.getProperty("java.io.tmpdir"))), home.toString());
    }
}
