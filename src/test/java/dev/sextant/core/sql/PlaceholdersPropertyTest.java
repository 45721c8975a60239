package dev.sextant.core.sql;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Statements built from pieces whose rewrite is known: quoted text, comments and dollar quotes
 * (full of placeholder look-alikes) must come out byte for byte, each real placeholder as one
 * {@code ?}, and the names must be the placeholders in order of first use.
 */
class PlaceholdersPropertyTest {

    /** One piece of a statement: its text, what the rewrite must make of it, and the name it uses (or null). */
    record Piece(String text, String rewritten, String name) {
    }

    @Property(tries = 500)
    void rewritingTouchesOnlyPlaceholders(@ForAll("pieces") @Size(min = 1, max = 8) List<Piece> pieces) {
        String sql = "SELECT " + String.join(" ", pieces.stream().map(Piece::text).toList());
        String expected = "SELECT " + String.join(" ", pieces.stream().map(Piece::rewritten).toList());
        List<String> expectedNames = new ArrayList<>();
        pieces.stream().map(Piece::name).filter(n -> n != null && !expectedNames.contains(n)).forEach(expectedNames::add);
        if (expectedNames.stream().allMatch(n -> n.startsWith("$"))) {
            expectedNames.sort(java.util.Comparator.naturalOrder()); // $1 … $3 alone: listed by number
        }

        Placeholders found = Placeholders.of(sql);
        assertEquals(expected, found.jdbcSql());
        assertEquals(expectedNames, found.names());
        List<String> uses = pieces.stream().map(Piece::name).filter(n -> n != null).toList();
        assertEquals(uses, found.inJdbcOrder(found.names()), "each ? gets the value of the name used there");
    }

    @Provide
    Arbitrary<List<Piece>> pieces() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab :?$1'\"\\-*/\n;").ofMaxLength(14);
        Arbitrary<Piece> verbatim = Arbitraries.oneOf(
                text.map(t -> "'" + t.replace("'", "''") + "'"),
                text.map(t -> "E'" + t.replace("\\", "\\\\").replace("'", "\\'") + "'"),
                text.map(t -> "\"" + t.replace("\"", "\"\"") + "\""),
                text.filter(t -> !t.contains("$")).map(t -> "$q$" + t + "$q$"),
                text.filter(t -> !t.contains("$")).map(t -> "$$" + t + "$$"),
                text.filter(t -> !t.contains("*/") && !t.contains("/*")).map(t -> "/* " + t + " */"),
                text.map(t -> "-- " + t.replace("\n", " ") + "\n"),
                Arbitraries.of("x::int", "a := b", "t.col", "1", "(a)", "+", "a[lo:hi]", "price$1", "?|", "?&"))
                .map(t -> new Piece(t, t, null));
        Arbitrary<Piece> named = Arbitraries.of("a", "b", "who", "x_1").map(n -> new Piece(":" + n, "?", ":" + n));
        Arbitrary<Piece> numbered = Arbitraries.integers().between(1, 3).map(n -> new Piece("$" + n, "?", "$" + n));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, verbatim),
                net.jqwik.api.Tuple.of(2, named),
                net.jqwik.api.Tuple.of(1, numbered)).list();
    }
}
