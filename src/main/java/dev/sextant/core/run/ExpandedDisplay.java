package dev.sextant.core.run;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * psql's expanded display, as {@code \x} sets it: results shown as a grid ({@link #OFF}), one
 * record at a time as column | value pairs ({@link #ON}), or as records only when a result has
 * more columns than fit ({@link #AUTO}).
 */
public enum ExpandedDisplay {
    OFF, ON, AUTO;

    private static final Set<String> YES = Set.of("on", "true", "yes", "1");
    private static final Set<String> NO = Set.of("off", "false", "no", "0");

    /**
     * The display after {@code \x} with {@code args}: without one it toggles (from auto to off,
     * as psql's does); {@code on}, {@code off} and {@code auto} set it, with psql's other spellings
     * of a boolean (true, yes, 1…). Empty when the argument is none of those.
     */
    public ExpandedDisplay after(List<String> args) {
        if (args.isEmpty()) {
            return this == OFF ? ON : OFF;
        }
        return parse(args.get(0)).orElse(null);
    }

    /** {@code value} as psql reads {@code \x}'s argument, or empty if it is no such word. */
    public static Optional<ExpandedDisplay> parse(String value) {
        String word = value.strip().toLowerCase(Locale.ROOT);
        if (word.equals("auto")) {
            return Optional.of(AUTO);
        }
        if (YES.contains(word)) {
            return Optional.of(ON);
        }
        return NO.contains(word) ? Optional.of(OFF) : Optional.empty();
    }

    /** What psql answers once the display is set, word for word. */
    public String sentence() {
        return switch (this) {
            case ON -> "Expanded display is on.";
            case OFF -> "Expanded display is off.";
            case AUTO -> "Expanded display is used automatically.";
        };
    }
}
