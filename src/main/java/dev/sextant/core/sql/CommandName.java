package dev.sextant.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The name of a statement's command as people say it ("INSERT", "CREATE TABLE"), used to label
 * outcomes. It names; it never decides how a statement runs: that is what
 * {@link java.sql.Statement#execute(String)} reports.
 */
public final class CommandName {

    private static final Set<String> TWO_WORD = Set.of("CREATE", "DROP", "ALTER");
    private static final Set<String> SKIPPED = Set.of("OR", "REPLACE", "TEMP", "TEMPORARY", "UNIQUE",
            "IF", "NOT", "EXISTS", "MATERIALIZED");

    private CommandName() {
    }

    /** The command's name by PostgreSQL's rules; "STATEMENT" when it has no words. */
    public static String of(String sql) {
        return of(sql, SqlDialect.POSTGRESQL);
    }

    /** The command's name, reading {@code sql} by {@code dialect}'s rules. */
    public static String of(String sql, SqlDialect dialect) {
        return of(sql, SqlLexer.lex(sql, dialect));
    }

    /** The command's name from the pieces the lexer has already cut out of {@code sql}. */
    static String of(String sql, List<Lexeme> lexemes) {
        List<String> words = leadingWords(sql, lexemes, 6);
        if (words.isEmpty()) {
            return "STATEMENT";
        }
        String first = words.get(0);
        if (!TWO_WORD.contains(first)) {
            return first;
        }
        return words.stream().skip(1).filter(w -> !SKIPPED.contains(w)).findFirst()
                .map(w -> first + " " + w).orElse(first);
    }

    /** The first words outside strings and comments, in upper case. */
    private static List<String> leadingWords(String sql, List<Lexeme> lexemes, int max) {
        List<String> words = new ArrayList<>();
        for (Lexeme lexeme : lexemes) {
            if (words.size() == max) {
                break;
            }
            if (lexeme.kind() == Lexeme.Kind.WORD) {
                words.add(lexeme.text(sql).toUpperCase(Locale.ROOT));
            }
        }
        return words;
    }
}
