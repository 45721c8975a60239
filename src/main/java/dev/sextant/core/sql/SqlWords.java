package dev.sextant.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of one statement that stand outside strings, comments and parentheses, in order,
 * quoted identifiers with their quotes. Enough to recognise a statement's
 * shape (its command, whether it has a WHERE) without a full SQL parser. Words are kept as
 * written; compare keywords ignoring case. Read from {@link SqlLexer}'s pieces, so {@code E'\''},
 * {@code $$…$$} and nested comments end where the splitter and the server say they do.
 */
public final class SqlWords {

    private SqlWords() {
    }

    /** Top-level words and quoted identifiers by PostgreSQL's rules; a {@code .} between names joins them into one. */
    public static List<String> of(String sql) {
        return of(sql, SqlDialect.POSTGRESQL);
    }

    /** Top-level words and quoted identifiers, reading {@code sql} by {@code dialect}'s rules. */
    public static List<String> of(String sql, SqlDialect dialect) {
        List<String> words = new ArrayList<>();
        int depth = 0;
        Lexeme previous = null;
        for (Lexeme lexeme : SqlLexer.lex(sql, dialect)) {
            switch (lexeme.kind()) {
                case PUNCTUATION -> {
                    if (lexeme.is(sql, "(")) {
                        depth++;
                    } else if (lexeme.is(sql, ")")) {
                        depth = Math.max(0, depth - 1);
                    }
                }
                case WORD, QUOTED_IDENTIFIER -> {
                    if (depth == 0) {
                        addWord(words, sql, previous, lexeme);
                    }
                }
                default -> {
                    // strings, comments, numbers, operators: not words
                }
            }
            previous = lexeme;
        }
        return words;
    }

    private static void addWord(List<String> words, String sql, Lexeme previous, Lexeme word) {
        boolean joinsPrevious = previous != null && previous.end() == word.start() && previous.is(sql, ".")
                && !words.isEmpty();
        if (joinsPrevious) {
            words.set(words.size() - 1, words.get(words.size() - 1) + "." + word.text(sql));
        } else {
            words.add(word.text(sql));
        }
    }
}
