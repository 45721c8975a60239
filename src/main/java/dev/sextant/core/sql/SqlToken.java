package dev.sextant.core.sql;

/**
 * One lexical piece of SQL text, as the editor colours it.
 *
 * @param kind  what the piece is
 * @param start offset of its first character in the text
 * @param end   offset just past its last character
 */
public record SqlToken(Kind kind, int start, int end) {

    /** The kinds of piece the editor tells apart. */
    public enum Kind {
        KEYWORD, IDENTIFIER, QUOTED_IDENTIFIER, STRING, COMMENT, NUMBER, PARAMETER, OPERATOR, PUNCTUATION,
        /** A psql meta-command line ({@code \connect db}): not SQL, never sent. */
        PSQL_COMMAND
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
