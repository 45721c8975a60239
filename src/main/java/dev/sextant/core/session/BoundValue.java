package dev.sextant.core.session;

import java.math.BigDecimal;

/**
 * A value the user gave for one bind parameter: text, a number or NULL. It is bound through a
 * {@link java.sql.PreparedStatement}, never written into the SQL.
 *
 * @param type what kind of value it is
 * @param text the value as typed (ignored for NULL)
 */
public record BoundValue(Type type, String text) {

    public enum Type { TEXT, NUMBER, NULL }

    public BoundValue {
        if (type == Type.NUMBER && !isNumber(text)) {
            throw new IllegalArgumentException("Not a number: " + text);
        }
        text = type == Type.NULL ? null : text;
    }

    public static BoundValue text(String text) {
        return new BoundValue(Type.TEXT, text);
    }

    public static BoundValue number(String text) {
        return new BoundValue(Type.NUMBER, text.strip());
    }

    public static BoundValue nullValue() {
        return new BoundValue(Type.NULL, null);
    }

    /** Whether {@code text} reads as a number ({@code 42}, {@code -3.5}, {@code 1e6}). */
    public static boolean isNumber(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
