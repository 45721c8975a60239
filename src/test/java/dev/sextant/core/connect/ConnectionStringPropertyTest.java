package dev.sextant.core.connect;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whatever the fields hold, the string built from them reads back to the same fields. */
class ConnectionStringPropertyTest {

    private static final ConnectionEnvironment EMPTY =
            new ConnectionEnvironment(Map.of(), Path.of("/nonexistent-home-for-tests"), "rose");

    /**
     * Anything a field may hold: quotes, backslashes, spaces, '=', commas, unicode, and nothing at
     * all. Not NUL, which libpq cannot carry, nor lone surrogates, which no one can type.
     */
    @Provide
    Arbitrary<String> anyValue() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("'\\= \t\"abc,:@/?%é日").ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(12).filter(s -> s.indexOf('\0') < 0 && wellFormed(s)));
    }

    private static boolean wellFormed(String s) {
        return s.equals(new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Property
    void keywordValueTextRoundTripsAnyValues(@ForAll("anyValue") String a, @ForAll("anyValue") String b) throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("dbname", a);
        values.put("password", b);
        String text = KeywordValueText.format(values);
        assertEquals(values, KeywordValueText.parse(text, LibpqKeywords::isKnown), text);
    }

    @Provide
    Arbitrary<ConnectionSpec> anySpec() {
        Arbitrary<String> nonEmpty = Arbitraries.strings().withChars("'\\= \"abc:é日").ofMinLength(1).ofMaxLength(10)
                .filter(s -> !s.equals(ConnectionStrings.PASSWORD_MASK));
        Arbitrary<String> host = Arbitraries.strings().withChars("abc.-'= é").ofMinLength(1).ofMaxLength(8)
                .filter(s -> !s.isBlank() && !s.startsWith("/") && !s.startsWith("@"));
        Arbitrary<ServerAddress> server = Combinators.combine(host, Arbitraries.integers().between(1, 65535))
                .as(ServerAddress::new);
        Arbitrary<List<ServerAddress>> servers = server.list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(servers, nonEmpty, nonEmpty, Arbitraries.of(SslMode.class), nonEmpty.injectNull(0.3),
                        nonEmpty.injectNull(0.3), Arbitraries.integers().between(0, 120))
                .as((s, db, user, ssl, cert, app, timeout) -> new ConnectionSpec(Engine.POSTGRESQL, s, db, user, null,
                        false, ssl, cert == null ? null : Path.of("/certs/" + cert), app, timeout));
    }

    @Property
    void fieldsToKeywordValueStringToFields(@ForAll("anySpec") ConnectionSpec spec) throws Exception {
        String text = ConnectionStrings.toKeywordValue(spec, false);
        assertEquals(spec, ConnectionStrings.parse(text, EMPTY).spec(), text);
    }

    @Property
    void fieldsToUriToFields(@ForAll("anySpec") ConnectionSpec spec) throws Exception {
        String uri = ConnectionStrings.toUri(spec);
        assertEquals(spec, ConnectionStrings.parse(uri, EMPTY).spec(), uri);
    }

    @Property
    void percentEncodingRoundTrips(@ForAll("anyValue") String value) throws Exception {
        assertEquals(value, ConnectionUri.decode(ConnectionUri.encode(value)));
    }
}
