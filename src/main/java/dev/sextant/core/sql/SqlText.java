package dev.sextant.core.sql;

/**
 * The scanning rules every reader of SQL text here shares (the splitter, the tokenizer, the
 * placeholder finder): where a quoted string, a nested block comment or a dollar quote ends.
 * Each method takes the offset of the opening character and returns the offset just past the
 * closing one, or the text's length when it is never closed.
 */
final class SqlText {

    private SqlText() {
    }

    /** End of {@code '...'} or {@code "..."} (doubled quotes inside), with backslash escapes for {@code E'...'}. */
    static int endOfQuoted(String text, int open, boolean backslashEscapes) {
        char quote = text.charAt(open);
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote && i + 1 < text.length() && text.charAt(i + 1) == quote) {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** End of a block comment, counting nested {@code /* ... *}{@code /} pairs as PostgreSQL does. */
    static int endOfBlockComment(String text, int open) {
        int depth = 0;
        int i = open;
        while (i < text.length()) {
            if (text.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (text.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }
}
