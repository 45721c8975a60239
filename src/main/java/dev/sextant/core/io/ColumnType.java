package dev.sextant.core.io;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
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
    private static final DateTimeFormatter TIME = new DateTimeFormatterBuilder()
            .appendPattern("HH:mm")
            .optionalStart().appendPattern(":ss").optionalEnd()
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .toFormatter(Locale.ROOT);
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE).optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd().append(TIME).toFormatter(Locale.ROOT);
    private static final DateTimeFormatter ZONED = new DateTimeFormatterBuilder()
            .append(LOCAL).optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd().toFormatter(Locale.ROOT);

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

    private static ColumnType temporal(String v) {
        if (v.length() < 10 || !Character.isDigit(v.charAt(0))) {
            return TEXT;
        }
        try {
            LocalDate.parse(v, DateTimeFormatter.ISO_LOCAL_DATE);
            return DATE;
        } catch (DateTimeParseException notADate) {
            // try with a time next
        }
        try {
            LocalDateTime.parse(v, LOCAL);
            return TIMESTAMP;
        } catch (DateTimeParseException notLocal) {
            // try with an offset next
        }
        try {
            OffsetDateTime.parse(v, ZONED);
            return TIMESTAMPTZ;
        } catch (DateTimeParseException notZoned) {
            return TEXT;
        }
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
