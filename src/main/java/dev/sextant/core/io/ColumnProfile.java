package dev.sextant.core.io;

/** What one pass over a column's values learned: the narrowest type every value fits, and whether any was empty. */
final class ColumnProfile {

    private ColumnType type;
    private boolean text;
    private boolean hasEmpty;

    void see(String value) {
        if (value.isEmpty()) {
            hasEmpty = true;
            return;
        }
        if (text) {
            return;
        }
        if (ColumnType.keepsAsText(value)) {
            text = true;
            return;
        }
        if (type != null && type.fits(value)) {
            return;
        }
        ColumnType seen = ColumnType.of(value);
        type = type == null ? seen : type.widen(seen);
        text = type == ColumnType.TEXT;
    }

    /** Text when every value was empty: nothing says it is anything else. */
    ColumnType type() {
        return text || type == null ? ColumnType.TEXT : type;
    }

    boolean hasEmpty() {
        return hasEmpty;
    }
}
