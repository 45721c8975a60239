package dev.sextant.core.sql;

import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The one place where names become SQL. PostgreSQL and SQLite both quote identifiers with
 * double quotes and double any embedded one. We always quote: a name that is a keyword
 * ({@code select}), has capitals, spaces, quotes or non-ASCII letters then needs no special case,
 * and the name the user sees is exactly the name the server looks up.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /** {@code name} as a quoted identifier: {@code with "quote"} becomes {@code "with ""quote"""}. */
    public static String quote(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || name.indexOf('\0') >= 0) {
            // Neither engine can store such a name; refuse rather than build SQL that means something else.
            throw new IllegalArgumentException("A name must not be empty or contain a NUL character");
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code "schema"."name"}, or just {@code "name"} when there is no schema. */
    public static String qualified(String schema, String name) {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_$]*");

    /**
     * {@code name} as it can be typed: bare when the server would read it back unchanged (lower
     * case letters, digits, {@code _}, and not one of the dialect's {@code reserved} words),
     * quoted otherwise. For completion, where {@code invoice} reads better than {@code "invoice"}
     * but {@code Invoice} or {@code user} must stay exact.
     */
    public static String quoteIfNeeded(String name, Predicate<String> reserved) {
        return PLAIN.matcher(name).matches() && !reserved.test(name) ? name : quote(name);
    }
}
