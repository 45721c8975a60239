package dev.sextant.core.sql;

/**
 * One statement of a script, with where it stands in the script's text.
 *
 * @param sql   the statement's text, trimmed, without its terminating semicolon
 * @param start offset of its first character in the script
 * @param end   offset just past its last character (before the semicolon)
 */
public record SqlStatement(String sql, int start, int end) {

    /** Whether the caret offset lies within the statement or just after it (before the next). */
    public boolean contains(int offset) {
        return offset >= start && offset <= end;
    }
}
