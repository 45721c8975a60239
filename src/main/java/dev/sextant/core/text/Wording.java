package dev.sextant.core.text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How Sextant writes counts and times for people: "1 row", "2 rows", "1,000 rows", "12 ms",
 * "8.8 s". Grouping is always a comma, whatever the machine's locale, so a count reads the same
 * in every message, question and tooltip (and tests can compare it); values read from the
 * database are never passed through here, they stay as the server wrote them.
 */
public final class Wording {

    /*
     * One format per thread, made once: String.format parsed its pattern and built the locale's
     * DecimalFormatSymbols on every call, and the count line formats its numbers for every page
     * Fetch all brings, on the FX thread. DecimalFormat is not thread-safe, hence per thread.
     */
    private static final ThreadLocal<DecimalFormat> GROUPED =
            ThreadLocal.withInitial(() -> new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)));

    private Wording() {
    }

    /** "1,000": digits grouped by three with a comma. */
    public static String number(long n) {
        return GROUPED.get().format(n);
    }

    /** "1 row", "0 rows", "1,000 rows": the count, then the noun, plural unless exactly one. */
    public static String count(long n, String noun) {
        return number(n) + " " + noun(n, noun);
    }

    /** "row" for exactly one, "rows" otherwise: the noun alone, for a sentence that shows the count elsewhere. */
    public static String noun(long n, String noun) {
        return n == 1 ? noun : plural(noun);
    }

    /** The verb that agrees with a count: {@code verb(1, "is", "are")} is "is", any other count "are". */
    public static String verb(long n, String one, String many) {
        return n == 1 ? one : many;
    }

    /** English plurals of the nouns Sextant counts ("statement", "row", "tab", "change", "query"). */
    static String plural(String noun) {
        if (noun.endsWith("y") && noun.length() > 1 && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun + "es";
        }
        return noun + "s";
    }

    /** How long a run took: "12 ms" under a second, "8.8 s" under a minute, then "2 min 5 s". */
    public static String duration(long millis) {
        if (millis < 1000) {
            return Math.max(0, millis) + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", Math.floor(millis / 100.0) / 10);
        }
        long seconds = millis / 1000;
        return seconds < 3600 ? seconds / 60 + " min " + seconds % 60 + " s" : age(millis);
    }

    /** How long something has been going on, in whole seconds: "3 s", "4 min", "1 h 5 min". */
    public static String age(long millis) {
        long seconds = Math.max(0, millis / 1000);
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
