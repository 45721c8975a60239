package dev.sextant.core.io;

import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type a CSV column is stored as, inferred from every value in it. The order is the order
 * of widening: a column holds the narrowest type all its values fit, and a value that fits none
 * of the numeric or temporal types makes the column text. Text is always safe.
 */
public enum ColumnType {
    INTEGER, BIGINT, NUMERIC, BOOLEAN, DATE, TIMESTAMP, TIMESTAMPTZ, UUID, TEXT;

    private static final Pattern WHOLE = Pattern.compile("[-+]?(0|[1-9][0-9]*)");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9]*)?\\.[0-9]+|[-+]?(0|[1-9][0-9]*)(\\.[0-9]*)?([eE][-+]?[0-9]+)?");
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9]+(\\.[0-9]*)?");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final String DAY_TEXT = "[0-9]{4}-[0-9]{2}-[0-9]{2}";
    private static final String TIME_OF_DAY = "[ T][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?";
    private static final Pattern DATE_SHAPE = Pattern.compile(DAY_TEXT);
    private static final Pattern STAMP_SHAPE = Pattern.compile(DAY_TEXT + TIME_OF_DAY + "(Z|[-+][0-9]{2}(:[0-9]{2})?)?");
    /** The narrowest type {@code value} (never empty) fits. */
    public static ColumnType of(String value) {
        String v = value.strip();
        if (WHOLE.matcher(v).matches()) {
            return fitsInt(v) ? INTEGER : fitsLong(v) ? BIGINT : NUMERIC;
        }
        if (DECIMAL.matcher(v).matches()) {
            return NUMERIC;
        }
        if (isBoolean(v)) {
            return BOOLEAN;
        }
        if (UUID_TEXT.matcher(v).matches()) {
            return UUID;
        }
        return temporal(v);
    }

    /** The type a column has when it held {@code this} so far and then {@code next}. */
    public ColumnType widen(ColumnType next) {
        if (this == next) {
            return this;
        }
        if (isNumber() && next.isNumber()) {
            return ordinal() > next.ordinal() ? this : next;
        }
        if (isTime() && next.isTime()) {
            return ordinal() > next.ordinal() ? this : next;
        }
        return TEXT;
    }

    /**
     * Whether the value must stay text whatever it looks like: a number written with leading
     * zeros ({@code 00123}, a postcode or an account number) would lose them as a number.
     */
    public static boolean keepsAsText(String value) {
        return LEADING_ZERO.matcher(value.strip()).matches();
    }

    boolean isNumber() {
        return this == INTEGER || this == BIGINT || this == NUMERIC;
    }

    boolean isTime() {
        return this == DATE || this == TIMESTAMP || this == TIMESTAMPTZ;
    }

    private static boolean isBoolean(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "false", "t", "f", "yes", "no" -> true;
            default -> false;
        };
    }

    /**
     * Dates and timestamps by their shape (a regular expression), then by the numbers in it: a
     * formatter's failed parse throws, and a million of those made the pass over a file thirty
     * times slower.
     */
    private static ColumnType temporal(String v) {
        if (v.length() < 10 || !Character.isDigit(v.charAt(0))) {
            return TEXT;
        }
        if (DATE_SHAPE.matcher(v).matches()) {
            return isDay(v) ? DATE : TEXT;
        }
        Matcher stamp = STAMP_SHAPE.matcher(v);
        if (stamp.matches()) {
            return isDay(v) && isTime(v) ? (stamp.group(3) == null ? TIMESTAMP : TIMESTAMPTZ) : TEXT;
        }
        return TEXT;
    }

    /** {@code yyyy-mm-dd} at the start names a day that exists. */
    private static boolean isDay(String v) {
        int year = Integer.parseInt(v, 0, 4, 10);
        int month = Integer.parseInt(v, 5, 7, 10);
        int day = Integer.parseInt(v, 8, 10, 10);
        return month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
    }

    /** {@code hh:mm[:ss]} after the day is a time of day. */
    private static boolean isTime(String v) {
        int hour = Integer.parseInt(v, 11, 13, 10);
        int minute = Integer.parseInt(v, 14, 16, 10);
        int second = v.length() >= 19 && v.charAt(16) == ':' ? Integer.parseInt(v, 17, 19, 10) : 0;
        return hour <= 23 && minute <= 59 && second <= 59;
    }

    /**
     * Whether {@code value} fits this type as it is, asking only this type's own question: the
     * first thing asked of each value once a column has a type, since most values fit it.
     */
    boolean fits(String value) {
        String v = value.strip();
        return switch (this) {
            case INTEGER -> WHOLE.matcher(v).matches() && fitsInt(v);
            case BIGINT -> WHOLE.matcher(v).matches() && fitsLong(v);
            case NUMERIC -> WHOLE.matcher(v).matches() || DECIMAL.matcher(v).matches();
            case BOOLEAN -> isBoolean(v);
            case UUID -> UUID_TEXT.matcher(v).matches();
            case DATE -> v.length() == 10 && DATE_SHAPE.matcher(v).matches() && isDay(v);
            case TIMESTAMP, TIMESTAMPTZ -> {
                ColumnType t = temporal(v);
                yield t.isTime() && t.ordinal() <= ordinal();
            }
            case TEXT -> true;
        };
    }

    private static boolean fitsInt(String v) {
        try {
            Integer.parseInt(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean fitsLong(String v) {
        try {
            Long.parseLong(v);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
