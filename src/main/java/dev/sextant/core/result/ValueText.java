package dev.sextant.core.result;

import java.util.HexFormat;

/** How a value reads in a grid cell: short, honest and never confused with SQL NULL. */
public final class ValueText {

    /** Cells show at most this many characters; the whole value is available on demand. */
    public static final int CELL_LIMIT = 200;

    private ValueText() {
    }

    /** The cell text of a non-null value; NULL is drawn by the grid in its own style. */
    public static String cell(Object value) {
        String full = full(value);
        String oneLine = full.replace('\n', '↵').replace('\r', ' ');
        return oneLine.length() > CELL_LIMIT ? oneLine.substring(0, CELL_LIMIT) + "…" : oneLine;
    }

    /** The whole value as text. */
    public static String full(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof byte[] bytes) {
            return "\\x" + HexFormat.of().formatHex(bytes);
        }
        return value.toString();
    }
}
