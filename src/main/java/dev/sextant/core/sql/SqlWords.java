package dev.sextant.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of one statement that stand outside strings, comments and parentheses, in order,
 * quoted identifiers with their quotes. Enough to recognise a statement's
 * shape (its command, whether it has a WHERE) without a full SQL parser. Words are kept as
 * written; compare keywords ignoring case. Read from {@link SqlTokens}, so {@code E'\''},
 * {@code $$…$$} and nested comments end where the splitter and the server say they do.
 */
public final class SqlWords {

    private SqlWords() {
    }

    /** Top-level words and quoted identifiers; a {@code .} between names joins them into one. */
    public static List<String> of(String sql) {
        List<String> words = new ArrayList<>();
        int depth = 0;
        for (SqlToken token : SqlTokens.of(sql)) {
            String text = sql.substring(token.start(), token.end());
            switch (token.kind()) {
                case PUNCTUATION -> {
                    if (text.equals("(")) {
                        depth++;
                    } else if (text.equals(")")) {
                        depth = Math.max(0, depth - 1);
                    }
                }
                case KEYWORD, IDENTIFIER, QUOTED_IDENTIFIER -> {
                    if (depth == 0) {
                        addWord(words, sql, token.start(), text);
                    }
                }
                default -> {
                    // strings, comments, numbers, operators: not words
                }
            }
        }
        return words;
    }

    private static void addWord(List<String> words, String sql, int start, String word) {
        boolean joinsPrevious = start > 0 && sql.charAt(start - 1) == '.' && !words.isEmpty();
        if (joinsPrevious) {
            words.set(words.size() - 1, words.get(words.size() - 1) + "." + word);
        } else {
            words.add(word);
        }
    }
}
