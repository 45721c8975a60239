package dev.sextant.core.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of one statement that stand outside strings, comments and parentheses, in order,
 * quoted identifiers with their quotes. Enough to recognise a statement's
 * shape (its command, whether it has a WHERE) without a full SQL parser. Words are kept as
 * written; compare keywords ignoring case.
 */
public final class SqlWords {

    private SqlWords() {
    }

    /** Top-level words and quoted identifiers; a {@code .} between names joins them into one. */
    public static List<String> of(String sql) {
        List<String> words = new ArrayList<>();
        int depth = 0;
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? sql.length() : nl + 1;
            } else if (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
                i = SqlText.endOfBlockComment(sql, i);
            } else if (c == '\'') {
                i = SqlText.endOfQuoted(sql, i, false);
            } else if (c == '(') {
                depth++;
                i++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
                i++;
            } else if (c == '"' || isWordStart(c)) {
                int end = c == '"' ? SqlText.endOfQuoted(sql, i, false) : endOfWord(sql, i);
                if (depth == 0) {
                    String word = sql.substring(i, end);
                    addWord(words, sql, i, word);
                }
                i = end;
            } else {
                i++;
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

    private static int endOfWord(String sql, int start) {
        int i = start;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
            i++;
        }
        return i;
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }
}
