package dev.sextant.core.sql;

import java.util.List;

/** Turns a server's error position into an offset in the editor's text. */
public final class ErrorPosition {

    private ErrorPosition() {
    }

    /**
     * The editor offset of {@code position} (1-based, counted in characters, as PostgreSQL
     * reports it) within {@code statement}; -1 when there is no position or it lies outside.
     * PostgreSQL counts code points, Java strings count UTF-16 units, so an emoji before the
     * error would otherwise shift the mark.
     */
    public static int offsetIn(SqlStatement statement, int position) {
        String sql = statement.sql();
        if (position < 1 || position > sql.codePointCount(0, sql.length()) + 1) {
            return -1;
        }
        return statement.start() + sql.offsetByCodePoints(0, position - 1);
    }

    /**
     * Where the error lies when the server named only the token it stumbled on (SQLite's
     * {@code near "X"}): that token, if exactly one token of the statement reads so (text inside
     * a string or comment is no match); -1 otherwise, since a guess would send the user astray.
     */
    public static int offsetOfOnly(SqlStatement statement, String near) {
        if (near == null || near.isEmpty()) {
            return -1;
        }
        String sql = statement.sql();
        List<SqlToken> same = SqlTokens.of(sql).stream()
                .filter(t -> sql.substring(t.start(), t.end()).equals(near))
                .toList();
        return same.size() == 1 ? statement.start() + same.get(0).start() : -1;
    }

    /**
     * psql's {@code LINE 2: WHERE nme = 1}: the statement's line holding {@code position}
     * (1-based, in characters), numbered within the statement; "" when there is no position.
     */
    public static String lineAt(String sql, int position) {
        if (position < 1 || position > sql.codePointCount(0, sql.length()) + 1) {
            return "";
        }
        int offset = sql.offsetByCodePoints(0, position - 1);
        int start = sql.lastIndexOf('\n', offset - 1) + 1;
        int end = sql.indexOf('\n', offset);
        long number = sql.substring(0, start).split("\n", -1).length;
        return "LINE " + number + ": " + sql.substring(start, end < 0 ? sql.length() : end).stripTrailing();
    }
}
