package dev.sextant.core.sql;

/**
 * One piece of SQL text as {@link SqlLexer} cuts it. White space between pieces gets none; every
 * other character belongs to exactly one piece.
 *
 * @param kind  what the piece is
 * @param start offset of its first character
 * @param end   offset just past its last character
 */
public record Lexeme(Kind kind, int start, int end) {

    /** The kinds of piece. */
    public enum Kind {
        WORD, QUOTED_IDENTIFIER,
        /** {@code '...'}, also with a {@code B X N} prefix. */
        PLAIN_STRING,
        /** {@code E'...'} with backslash escapes. */
        ESCAPE_STRING,
        /** {@code $tag$...$tag$} or {@code $$...$$} in PostgreSQL. */
        DOLLAR_STRING,
        /** CQL's {@code $$...$$}. */
        CQL_DOLLAR_STRING,
        LINE_COMMENT, BLOCK_COMMENT, NUMBER, OPERATOR, PLACEHOLDER, SEMICOLON,
        /** {@code ( ) , [ ] .} */
        PUNCTUATION,
        /** A psql meta-command line such as {@code \connect db}, up to its line's end. */
        PSQL_COMMAND,
        /** A character SQL gives no meaning. */
        OTHER;

        public boolean isComment() {
            return this == LINE_COMMENT || this == BLOCK_COMMENT;
        }
    }

    /** The piece's text in {@code source}, the text it was cut from. */
    public String text(String source) {
        return source.substring(start, end);
    }

    /** Whether the piece reads exactly {@code expected} in {@code source}. */
    public boolean is(String source, String expected) {
        return end - start == expected.length() && source.startsWith(expected, start);
    }

    /** Whether the piece is a word reading {@code keyword}, in any case. */
    public boolean isWord(String source, String keyword) {
        return kind == Kind.WORD && end - start == keyword.length()
                && source.regionMatches(true, start, keyword, 0, keyword.length());
    }
}
