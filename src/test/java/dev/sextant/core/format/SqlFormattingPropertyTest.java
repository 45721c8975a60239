package dev.sextant.core.format;

import dev.sextant.core.connect.Engine;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generated statements full of what formatters break — PostgreSQL operators, casts, dollar
 * bodies, comments, E'' strings, quoted names — are either formatted with every piece intact or
 * refused. The check does not use the lexer the formatter is guarded by: each statement is built
 * from pieces, and a formatted text must hold every piece, verbatim and in order.
 */
class SqlFormattingPropertyTest {

    /**
     * Some SQL and the pieces of it a layout must keep verbatim, in order: strings, bodies,
     * comments, quoted names, operators and casts (not names, numbers or parentheses, which a
     * layout may space out, and which {@link #squeezed} checks).
     */
    record Part(String sql, List<String> verbatim) {

        static Part of(String sql, boolean verbatim) {
            return new Part(sql, verbatim && !sql.isEmpty() ? List.of(sql.strip()) : List.of());
        }

        Part then(String space, Part next) {
            List<String> all = new ArrayList<>(verbatim);
            all.addAll(next.verbatim);
            return new Part(sql + space + next.sql, all);
        }
    }

    @Property(tries = 400)
    void formattedWithEveryPieceIntactOrRefused(@ForAll("statements") Part built) {
        FormatResult result = SqlFormatting.format(built.sql(), Engine.POSTGRESQL);
        Statistics.collect(result.getClass().getSimpleName());
        if (result instanceof FormatResult.Refused refused) {
            assertTrue(refused.reason().startsWith("Not formatted: "), refused.reason());
            return;
        }
        String text = ((FormatResult.Formatted) result).text();
        int from = 0;
        for (String piece : built.verbatim()) {
            int at = text.indexOf(piece, from);
            assertTrue(at >= 0, "“" + piece + "” lost in:\n" + text);
            from = at + piece.length();
        }
        assertEquals(squeezed(built.sql()), squeezed(text), "only white space and keyword case may change");
    }

    @Provide
    Arbitrary<Part> statements() {
        Arbitrary<Part> expressions = expression().list().ofMinSize(1).ofMaxSize(4)
                .map(list -> list.stream().reduce((a, b) -> a.then(", ", b)).orElseThrow());
        Arbitrary<Part> where = Combinators.combine(Arbitraries.of(Part.of("a", false), Part.of("t.b", false),
                Part.of("\"Odd Name\"", true)), operator(), value()).as((l, op, r) -> l.then(" ", op).then(" ", r));
        Arbitrary<Part> table = Arbitraries.of(Part.of("t", false), Part.of("public.t", false), Part.of("\"Big Table\" b", true));
        return Combinators.combine(expressions, table, where, comment())
                .as((list, from, condition, note) -> Part.of("select", false).then(" ", list).then(" ", note)
                        .then("", Part.of("from", false)).then(" ", from).then(" where ", condition));
    }

    private Arbitrary<Part> expression() {
        return Combinators.combine(value(), operator(), value(), cast())
                .as((left, op, right, cast) -> left.then(" ", op).then(" ", right).then("", cast));
    }

    private Arbitrary<Part> operator() {
        return Arbitraries.of("#>>", "#>", "@?", "@@", "->>", "->", "@>", "<@", "||", "~*", "!~", "&&", "?|",
                "-|-", "<->", "=", "<>", "+", "*").map(op -> Part.of(op, true));
    }

    private Arbitrary<Part> cast() {
        return Arbitraries.of("", "int", "text[]", "timestamptz", "numeric(10,2)", "\"Odd Type\"")
                .map(type -> type.isEmpty() ? Part.of("", false)
                        : Part.of("::", true).then("", Part.of(type, type.startsWith("\""))));
    }

    private Arbitrary<Part> value() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab ;'$\\-*/,()").ofMaxLength(10);
        return Arbitraries.oneOf(
                text.map(t -> Part.of("'" + t.replace("'", "''") + "'", true)),
                text.map(t -> Part.of("E'" + t.replace("\\", "\\\\").replace("'", "\\'") + "'", true)),
                text.filter(t -> !t.contains("$")).map(t -> Part.of("$$" + t + "$$", true)),
                text.filter(t -> !t.contains("$")).map(t -> Part.of("$fn$" + t + "$fn$", true)),
                Arbitraries.of("data", "t.col", "$1", "42", "1.5e3", "now()", "x[1]").map(v -> Part.of(v, false)),
                Arbitraries.just(Part.of("\"Mixed Case\"", true)));
    }

    /** Nothing, or a line comment (which must keep its line end) or a nested block comment. */
    private Arbitrary<Part> comment() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab ;'$-,").ofMaxLength(10);
        return Arbitraries.oneOf(Arbitraries.just(Part.of("", false)),
                text.map(t -> new Part("-- " + t + "\n", List.of(("-- " + t).strip()))),
                text.map(t -> Part.of("/* " + t + " /* nested */ */ ", true)));
    }

    /** Without white space outside nothing, in one case: what a token-preserving layout cannot change. */
    private static String squeezed(String sql) {
        return sql.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
