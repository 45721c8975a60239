package dev.sextant.core.connect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every form a person pastes, read as libpq (or pgjdbc, or SQLAlchemy) would read it. */
class ConnectionStringsTest {

    @TempDir
    Path home;

    private ConnectionEnvironment env(Map<String, String> variables) {
        return new ConnectionEnvironment(variables, home, "rose");
    }

    private ParsedConnection parse(String text) throws ConnectionStringException {
        return ConnectionStrings.parse(text, env(Map.of()));
    }

    private String error(String text) {
        return assertThrows(ConnectionStringException.class, () -> parse(text)).getMessage();
    }

    @Test
    void thePsycopgTutorialStringFillsTheFieldsAndLibpqDefaultsTheRest() throws Exception {
        ParsedConnection parsed = parse("dbname=dq user=rose password=s3cret");
        assertEquals(ConnectionSpec.postgres("localhost", 5432, "dq", "rose"), parsed.spec());
        assertEquals("s3cret", parsed.password());
        assertEquals(PasswordSource.CONNECTION_STRING, parsed.passwordSource());
    }

    @Test
    void anEmptyStringGivesLibpqsDefaultsOsUserAndDatabaseNamedAfterIt() throws Exception {
        ParsedConnection parsed = parse("");
        assertEquals(ConnectionSpec.postgres("localhost", 5432, "rose", "rose"), parsed.spec());
        assertNull(parsed.password());
        assertEquals(SslMode.PREFER, parsed.spec().sslMode());
    }

    @Test
    void quotedValuesFollowLibpqsRules() throws Exception {
        ParsedConnection parsed = parse("dbname = 'my db' user='o\\'brien' password='back\\\\slash' application_name=a\\ b");
        assertEquals("my db", parsed.spec().database());
        assertEquals("o'brien", parsed.spec().user());
        assertEquals("back\\slash", parsed.password());
        assertEquals("a b", parsed.spec().applicationName());
    }

    @Test
    void everyFieldIsRead() throws Exception {
        ParsedConnection parsed = parse("host=db.example.com port=6543 dbname=dq user=rose sslmode=verify-full "
                + "sslrootcert=/etc/ca.pem application_name=tutorial connect_timeout=7");
        ConnectionSpec spec = parsed.spec();
        assertEquals(List.of(new ServerAddress("db.example.com", 6543)), spec.servers());
        assertEquals(SslMode.VERIFY_FULL, spec.sslMode());
        assertEquals(Path.of("/etc/ca.pem"), spec.sslRootCert());
        assertEquals("tutorial", spec.applicationName());
        assertEquals(7, spec.connectTimeoutSeconds());
    }

    @Test
    void severalHostsTakeOnePortEachOrOneForAll() throws Exception {
        assertEquals(List.of(new ServerAddress("h1", 5433), new ServerAddress("h2", 5434)),
                parse("host=h1,h2 port=5433,5434").spec().servers());
        assertEquals(List.of(new ServerAddress("h1", 6000), new ServerAddress("h2", 6000)),
                parse("host=h1,h2 port=6000").spec().servers());
        assertEquals("could not match 2 port numbers to 3 hosts", error("host=a,b,c port=1,2"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "x                         | missing \"=\" after \"x\" in connection info string",
        "dbname=dq user            | missing \"=\" after \"user\" in connection info string",
        "user rose                 | missing \"=\" after \"user\" in connection info string",
        "dbname='dq                | unterminated quoted string in connection info string",
        "colour=blue               | invalid connection option \"colour\"",
        "colour=blue x             | invalid connection option \"colour\"",
        "port=abc                  | invalid integer value \"abc\" for connection option \"port\"",
        "port=70000                | invalid port number: \"70000\"",
        "sslmode=sometimes         | invalid sslmode value: \"sometimes\"",
        "connect_timeout=soon      | invalid integer value \"soon\" for connection option \"connect_timeout\"",
        "service=nowhere           | definition of service \"nowhere\" not found",
    })
    void malformedStringsGetLibpqsOneLineError(String text, String message) {
        assertEquals(message, error(text));
    }

    @Test
    void optionsLibpqKnowsButSextantCannotCarryOutAreNamedInAWarning() throws Exception {
        ParsedConnection parsed = parse("dbname=dq keepalives=1");
        assertEquals(List.of("The string sets connection option \"keepalives\", which Sextant does not support; it was ignored"),
                parsed.warnings());
    }

    @Test
    void aUnixSocketHostBecomesLocalhostWithAWarning() throws Exception {
        ParsedConnection parsed = parse("host=/var/run/postgresql dbname=dq");
        assertEquals("localhost", parsed.spec().host());
        assertTrue(parsed.warnings().get(0).contains("Unix-domain socket"), parsed.warnings().toString());
    }

    @Test
    void uriWithEverything() throws Exception {
        ParsedConnection parsed = parse("postgresql://ro%40se:p%3Ass@db.example.com:6543/my%20db"
                + "?sslmode=require&application_name=tut&connect_timeout=3");
        assertEquals("ro@se", parsed.spec().user());
        assertEquals("p:ss", parsed.password());
        assertEquals(List.of(new ServerAddress("db.example.com", 6543)), parsed.spec().servers());
        assertEquals("my db", parsed.spec().database());
        assertEquals(SslMode.REQUIRE, parsed.spec().sslMode());
        assertEquals("tut", parsed.spec().applicationName());
        assertEquals(3, parsed.spec().connectTimeoutSeconds());
    }

    @Test
    void uriWithIpv6AndSeveralHosts() throws Exception {
        ParsedConnection parsed = parse("postgres://[::1]:5433,db2,[fe80::2]/dq");
        assertEquals(List.of(new ServerAddress("::1", 5433), new ServerAddress("db2", 5432),
                new ServerAddress("fe80::2", 5432)), parsed.spec().servers());
        assertEquals("dq", parsed.spec().database());
    }

    @Test
    void aBareUriIsAllDefaults() throws Exception {
        assertEquals(parse("").spec(), parse("postgresql://").spec());
        assertEquals(parse("").spec(), parse("postgresql:///").spec());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "postgresql://[::1/db       | end of string reached when looking for matching \"]\" in IPv6 host address in URI: \"postgresql://[::1/db\"",
        "postgresql://[]/db         | IPv6 host address may not be empty in URI: \"postgresql://[]/db\"",
        "postgresql://[::1]x/db     | unexpected character \"x\" at position 19 in URI (expected \":\" or \"/\"): \"postgresql://[::1]x/db\"",
        "postgresql://h/db?a=b=c    | extra key/value separator \"=\" in URI query parameter: \"a\"",
        "postgresql://h/db?sslmode  | missing key/value separator \"=\" in URI query parameter: \"sslmode\"",
        "postgresql://h/db?colour=1 | invalid URI query parameter: \"colour\"",
        "postgresql://h/d%zzb       | invalid percent-encoded token: \"d%zzb\"",
        "postgresql://h/d%00b       | forbidden value %00 in percent-encoded value: \"d%00b\"",
    })
    void malformedUrisGetLibpqsOneLineError(String text, String message) {
        assertEquals(message, error(text));
    }

    @Test
    void jdbcUrlWithSeveralHostsAndPgjdbcPropertyNames() throws Exception {
        ParsedConnection parsed = parse("jdbc:postgresql://h1:5433,[::1]:5434/dq?user=rose&password=pw"
                + "&ApplicationName=app&connectTimeout=4&sslmode=verify-ca&sslrootcert=/ca.pem&readOnly=true");
        ConnectionSpec spec = parsed.spec();
        assertEquals(List.of(new ServerAddress("h1", 5433), new ServerAddress("::1", 5434)), spec.servers());
        assertEquals("dq", spec.database());
        assertEquals("rose", spec.user());
        assertEquals("pw", parsed.password());
        assertEquals("app", spec.applicationName());
        assertEquals(4, spec.connectTimeoutSeconds());
        assertEquals(SslMode.VERIFY_CA, spec.sslMode());
        assertEquals(Path.of("/ca.pem"), spec.sslRootCert());
        assertTrue(spec.readOnly());
    }

    @Test
    void jdbcSslTrueMeansWhatPgjdbcMeansVerifyFull() throws Exception {
        assertEquals(SslMode.VERIFY_FULL, parse("jdbc:postgresql://h/dq?ssl=true").spec().sslMode());
    }

    @Test
    void jdbcPropertiesSextantDoesNotKeepAreNamedAndUnknownOnesRefused() throws Exception {
        assertEquals(List.of("JDBC property \"currentSchema\" is not kept by Sextant; it was ignored"),
                parse("jdbc:postgresql://h/dq?currentSchema=app").warnings());
        assertEquals("invalid connection option \"colour\"", error("jdbc:postgresql://h/dq?colour=red"));
    }

    @Test
    void sqlAlchemyPostgresUrlsDropTheDriverName() throws Exception {
        ParsedConnection parsed = parse("postgresql+psycopg2://rose:pw@db:5433/dq?sslmode=disable");
        assertEquals(ConnectionSpec.postgres("db", 5433, "dq", "rose").withSsl(SslMode.DISABLE, null), parsed.spec());
        assertEquals("pw", parsed.password());
    }

    @Test
    void sqliteUrlsInEveryForm() throws Exception {
        assertEquals(ConnectionSpec.sqlite(Path.of("/abs/path.db")), parse("sqlite:////abs/path.db").spec());
        assertEquals(ConnectionSpec.sqlite(home.resolve("relative.db")), parse("sqlite:///relative.db").spec());
        assertEquals(ConnectionSpec.sqlite(Path.of("/data/app.db")), parse("jdbc:sqlite:/data/app.db").spec());
        assertEquals(ConnectionSpec.sqlite(home.resolve("app.db")), parse("jdbc:sqlite:app.db").spec());
        assertTrue(parse("jdbc:sqlite:file:/data/app.db?mode=ro").spec().readOnly());
        assertEquals("an in-memory SQLite database cannot be opened here; name a file: \"jdbc:sqlite::memory:\"",
                error("jdbc:sqlite::memory:"));
    }

    @Test
    void theWrittenStringNeverShowsThePasswordAndReadsBackToTheSameFields() throws Exception {
        ConnectionSpec spec = ConnectionSpec.postgres("db", 5432, "my db", "rose")
                .withSsl(SslMode.VERIFY_FULL, Path.of("/etc/ca.pem"));
        String text = ConnectionStrings.toKeywordValue(spec, true);
        assertEquals("host=db port=5432 dbname='my db' user=rose password=*** sslmode=verify-full sslrootcert=/etc/ca.pem", text);
        ParsedConnection back = parse(text);
        assertEquals(spec, back.spec());
        assertTrue(back.passwordMasked(), "the mask means: keep the password the dialog has");
        assertNull(back.password());
        assertFalse(ConnectionStrings.toKeywordValue(spec, false).contains("password"));
    }

    @Test
    void sqliteSpecsAreShownAsJdbcUrlsThatReadBack() throws Exception {
        ConnectionSpec spec = ConnectionSpec.sqlite(home.resolve("what? 100%.db")).withReadOnly(true);
        String text = ConnectionStrings.format(spec, false);
        assertEquals(spec, parse(text).spec(), text);
    }

    @Test
    void theParsedConnectionNeverPrintsItsPassword() throws Exception {
        assertFalse(parse("password=hunter2").toString().contains("hunter2"));
    }
}
