package dev.sextant.core.sql;

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
}
