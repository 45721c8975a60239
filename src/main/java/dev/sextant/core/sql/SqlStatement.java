package dev.sextant.core.sql;

/**
 * One statement of a script, with where it stands in the script's text. A psql meta-command
 * line ({@code \connect db}, {@code \dt}) is an item of its own: it is not SQL and is never sent.
 *
 * @param sql   the statement's text, trimmed, without its terminating semicolon
 * @param start offset of its first character in the script
 * @param end   offset just past its last character (before the semicolon)
 * @param line  the 1-based line its first character is on (0 when not known)
 */
public record SqlStatement(String sql, int start, int end, int line) {

    /** A statement whose line is not known. */
    public SqlStatement(String sql, int start, int end) {
        this(sql, start, end, 0);
    }

    /** Whether the caret offset lies within the statement or just after it (before the next). */
    public boolean contains(int offset) {
        return offset >= start && offset <= end;
    }

    /** Whether this is a psql meta-command such as {@code \connect}: no SQL starts with a backslash. */
    public boolean isPsqlCommand() {
        return sql.startsWith("\\");
    }

    /** The meta-command's name as typed ({@code \connect}), or empty for SQL. */
    public String psqlCommandName() {
        if (!isPsqlCommand()) {
            return "";
        }
        int i = 1;
        while (i < sql.length() && !Character.isWhitespace(sql.charAt(i)) && (i == 1 || sql.charAt(i) != '\\')) {
            i++;
        }
        return sql.substring(0, i);
    }
}
