package dev.sextant.core.sql;

import dev.sextant.core.sql.Lexeme.Kind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.List;

/**
 * A PostgreSQL script built from pieces whose reading is known by construction: which lexeme each
 * quote, comment and placeholder is, where each statement starts and ends, its top-level words and
 * its placeholder rewrite. Tests compare what the lexer and every consumer find with these answers.
 */
record GeneratedScript(String text, List<Statement> statements) {

    /**
     * A piece of a statement: its text, the one lexeme it is (null when several) and the colour
     * the editor gives it (null for a word or several pieces), its top-level words, its rewrite.
     */
    record Piece(String text, Kind kind, SqlToken.Kind colour, List<String> words, String rewritten, String name) {
        static Piece verbatim(String text, Kind kind, SqlToken.Kind colour, List<String> words) {
            return new Piece(text, kind, colour, words, text, null);
        }

        static Piece several(String text, List<String> words) {
            return new Piece(text, null, null, words, text, null);
        }

        static Piece placeholder(String text) {
            return new Piece(text, Kind.PLACEHOLDER, SqlToken.Kind.PARAMETER, List.of(), "?", text);
        }
    }

    /** A statement (or, when {@code psql}, a meta-command line) at {@code start}, with its pieces at their offsets. */
    record Statement(String sql, int start, boolean psql, List<Piece> pieces, List<Integer> offsets,
                     String command, String unfilteredTarget) {

        String jdbcSql() {
            StringBuilder out = new StringBuilder(sql);
            for (int i = pieces.size() - 1; i >= 0; i--) {
                int at = offsets.get(i) - start;
                out.replace(at, at + pieces.get(i).text().length(), pieces.get(i).rewritten());
            }
            return out.toString();
        }

        List<String> words() {
            return pieces.stream().flatMap(p -> p.words().stream()).toList();
        }

        List<String> uses() {
            return pieces.stream().map(Piece::name).filter(n -> n != null).toList();
        }
    }

    /** A head such as {@code UPDATE t SET a =}: its pieces, the command's name, and the table a missing WHERE leaves unfiltered. */
    private record Head(List<Piece> pieces, String command, String target) {
    }

    /** What one statement or meta-command line is made of, before it is placed in the script. */
    private record Item(List<Piece> pieces, boolean psql, String command, String target) {
    }

    static Arbitrary<GeneratedScript> scripts() {
        Arbitrary<Item> statement = Combinators.combine(comment().optional(), head(), piece().list().ofMaxSize(6),
                        Arbitraries.of(true, false))
                .as((comment, head, body, filtered) -> {
                    List<Piece> all = new ArrayList<>();
                    comment.ifPresent(all::add);
                    all.addAll(head.pieces());
                    all.addAll(body);
                    boolean where = filtered && head.target() != null;
                    if (where) {
                        all.add(word("WHERE"));
                        all.add(word("id"));
                    }
                    return new Item(all, false, head.command(), where ? null : head.target());
                });
        Arbitrary<Item> psql = Arbitraries.of("\\connect shop", "\\set x 'a;b'", "\\i other.sql")
                .map(line -> new Item(List.of(Piece.verbatim(line, Kind.PSQL_COMMAND, SqlToken.Kind.PSQL_COMMAND, List.of())), true, "", null));
        return Arbitraries.frequencyOf(Tuple.of(4, statement), Tuple.of(1, psql)).list().ofMinSize(1).ofMaxSize(5)
                .map(GeneratedScript::build);
    }

    /** Pieces apart by a space, or by a newline after a line comment; a line comment's statement ends on the next line. */
    private static GeneratedScript build(List<Item> items) {
        StringBuilder text = new StringBuilder();
        List<Statement> statements = new ArrayList<>();
        for (Item item : items) {
            int start = text.length();
            List<Integer> offsets = new ArrayList<>();
            String separator = "";
            for (Piece piece : item.pieces()) {
                text.append(separator);
                offsets.add(text.length());
                text.append(piece.text());
                separator = piece.kind() == Kind.LINE_COMMENT ? "\n" : " ";
            }
            String sql = text.substring(start);
            text.append(item.psql() ? "\n" : separator.equals("\n") ? "\n;\n" : ";\n");
            statements.add(new Statement(sql, start, item.psql(), item.pieces(), offsets, item.command(), item.target()));
        }
        return new GeneratedScript(text.toString(), statements);
    }

    private static Arbitrary<Head> head() {
        return Arbitraries.of(
                new Head(List.of(word("SELECT")), "SELECT", null),
                new Head(List.of(word("UPDATE"), word("t"), word("SET"), word("a"), op("=")), "UPDATE", "t"),
                new Head(List.of(word("DELETE"), word("FROM"), word("t")), "DELETE", "t"),
                new Head(List.of(word("INSERT"), word("INTO"), word("t"), word("VALUES")), "INSERT", null));
    }

    /** Text full of what ends a quote or a statement elsewhere: quotes, semicolons, dollars, comment marks, WHERE. */
    private static Arbitrary<String> content() {
        Arbitrary<String> chars = Arbitraries.strings().withChars("ab ;'\"$\\-*/\n:?1").ofMaxLength(10);
        return Arbitraries.oneOf(chars, Combinators.combine(chars, chars).as((a, b) -> a + " WHERE " + b));
    }

    private static Arbitrary<Piece> comment() {
        Arbitrary<String> noMarks = content().filter(t -> !t.contains("/*") && !t.contains("*/"));
        return Arbitraries.oneOf(
                noMarks.map(t -> Piece.verbatim("/* " + t + " */", Kind.BLOCK_COMMENT, SqlToken.Kind.COMMENT, List.of())),
                Combinators.combine(noMarks, noMarks).as((a, b) ->
                        Piece.verbatim("/* " + a + " /* " + b + " */ " + a + " */", Kind.BLOCK_COMMENT, SqlToken.Kind.COMMENT, List.of())),
                content().map(t -> ("-- " + t.replace('\n', ' ')).strip())
                        .map(t -> Piece.verbatim(t, Kind.LINE_COMMENT, SqlToken.Kind.COMMENT, List.of())));
    }

    private static Arbitrary<Piece> piece() {
        Arbitrary<String> text = content();
        Arbitrary<Piece> quoted = Arbitraries.oneOf(
                text.map(t -> Piece.verbatim("'" + t.replace("'", "''") + "'", Kind.PLAIN_STRING, SqlToken.Kind.STRING, List.of())),
                text.map(t -> Piece.verbatim("E'" + t.replace("\\", "\\\\").replace("'", "\\'") + "'",
                        Kind.ESCAPE_STRING, SqlToken.Kind.STRING, List.of())),
                text.map(t -> "\"" + t.replace("\"", "\"\"") + "\"")
                        .map(q -> Piece.verbatim(q, Kind.QUOTED_IDENTIFIER, SqlToken.Kind.QUOTED_IDENTIFIER, List.of(q))),
                dollarQuoted(text, "$body$"),
                dollarQuoted(text, "$$"));
        Arbitrary<Piece> code = Arbitraries.of(word("x"), word("who"), word("price$1"),
                Piece.several("x::int", List.of("x", "int")),
                Piece.several("t.col", List.of("t.col")),
                Piece.several("(a, 'b')", List.of()),
                Piece.several("a[lo:hi]", List.of("a", "lo", "hi")),
                op("?|"), op("+"), op(":="), Piece.verbatim("42", Kind.NUMBER, SqlToken.Kind.NUMBER, List.of()));
        Arbitrary<Piece> placeholder = Arbitraries.of("?", "$1", "$2", "$3", ":who", ":x_1").map(Piece::placeholder);
        return Arbitraries.frequencyOf(Tuple.of(4, quoted), Tuple.of(2, comment()), Tuple.of(3, code),
                Tuple.of(2, placeholder));
    }

    /** A dollar-quoted body that does not close early on its own tag. */
    private static Arbitrary<Piece> dollarQuoted(Arbitrary<String> text, String tag) {
        return text.map(t -> tag + t + tag)
                .filter(q -> q.indexOf(tag, tag.length()) == q.length() - tag.length())
                .map(q -> Piece.verbatim(q, Kind.DOLLAR_STRING, SqlToken.Kind.STRING, List.of()));
    }

    private static Piece word(String word) {
        return Piece.verbatim(word, Kind.WORD, null, List.of(word));
    }

    private static Piece op(String op) {
        return Piece.verbatim(op, Kind.OPERATOR, SqlToken.Kind.OPERATOR, List.of());
    }
}
