package dev.sextant.core.sql;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One statement of a script, with where it stands in the script's text. A psql meta-command
 * line ({@code \connect db}, {@code \dt}) is an item of its own: it is not SQL and is never sent.
 *
 * @param sql   the statement's text, trimmed, without its terminating semicolon
 * @param start offset of its first character in the script
 * @param end   offset just past its last character (before the semicolon)
 * @param line  the 1-based line its first character is on (0 when not known)
 * @param copyData the inline data after a {@code COPY … FROM STDIN;} up to psql's {@code \.} line,
 *              each line with its newline, as pg_dump writes it; null for every other statement
 */
public record SqlStatement(String sql, int start, int end, int line, String copyData) {

    /** A statement with no inline data after it. */
    public SqlStatement(String sql, int start, int end, int line) {
        this(sql, start, end, line, null);
    }

    /** A backslash, then its name up to white space or the next backslash (psql's {@code \\} is a name too). */
    private static final Pattern PSQL_COMMAND_NAME = Pattern.compile("\\\\(\\S[^\\s\\\\]*)?");

    /** A statement whose line is not known. */
    public SqlStatement(String sql, int start, int end) {
        this(sql, start, end, 0);
    }

    /** The same statement {@code by} characters further on (a selection run from the middle of the text). */
    public SqlStatement shifted(int by) {
        return new SqlStatement(sql, start + by, end + by, line, copyData);
    }

    /** Whether inline data follows the statement ({@code COPY … FROM STDIN} in a script). */
    public boolean hasCopyData() {
        return copyData != null;
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
        Matcher name = PSQL_COMMAND_NAME.matcher(sql);
        return isPsqlCommand() && name.lookingAt() ? name.group() : "";
    }
}
