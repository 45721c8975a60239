package dev.sextant.core.sql;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Joining generated statements with semicolons and splitting them gives them back. */
class ScriptSplitterPropertyTest {

    @Property(tries = 300)
    void joinThenSplitGivesTheStatementsBack(@ForAll("statements") @Size(min = 1, max = 6) List<String> statements) {
        String script = statements.stream().collect(Collectors.joining(";\n", "", ";"));
        assertEquals(statements, ScriptSplitter.split(script).stream().map(SqlStatement::sql).toList());
    }

    @Provide
    Arbitrary<List<String>> statements() {
        return statement().list();
    }

    private Arbitrary<String> statement() {
        Arbitrary<String> text = Arbitraries.strings().withChars("ab ;'\"$\\-*/\nñ").ofMaxLength(12);
        Arbitrary<String> piece = Arbitraries.oneOf(
                text.map(t -> "'" + t.replace("'", "''") + "'"),
                text.map(t -> "E'" + t.replace("\\", "\\\\").replace("'", "\\'") + "'"),
                text.map(t -> "\"" + t.replace("\"", "\"\"") + "\""),
                text.filter(t -> !t.contains("$")).map(t -> "$q$" + t + "$q$"),
                text.filter(t -> !t.contains("$")).map(t -> "$$" + t + "$$"),
                text.filter(t -> !t.contains("*/") && !t.contains("/*")).map(t -> "/* " + t + " */"),
                text.map(t -> "-- " + t.replace("\n", " ") + "\nx"),
                Arbitraries.of("x", "1", "t.col", "$1", "(a)", "+"));
        return Combinators.combine(Arbitraries.of("SELECT", "INSERT INTO t VALUES", "UPDATE t SET a ="),
                        piece.list().ofMinSize(1).ofMaxSize(4))
                .as((head, pieces) -> head + " " + String.join(" ", pieces))
                .map(String::strip);
    }
}
