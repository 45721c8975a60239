package dev.sextant.core.sql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The bind parameters of one statement, found outside quoted text, quoted identifiers,
 * comments and dollar quotes: JDBC's {@code ?}, PostgreSQL's {@code $1 … $n} and named
 * {@code :name} (as psql and many tutorials write them; {@code ::type} casts and {@code :=} are
 * not parameters). {@link #jdbcSql()} is the statement with every placeholder turned into
 * {@code ?}, ready for a {@link java.sql.PreparedStatement}; the same name used twice gets the
 * same value both times.
 *
 * <p>The operators {@code ?|}, {@code ?&}, {@code ?#} and {@code ?-} are left alone; a bare
 * {@code ?} (jsonb's "has key") cannot be told from a parameter and counts as one. A statement
 * that creates a function or procedure has none at all.
 */
public final class Placeholders {

    private final String jdbcSql;
    private final List<String> names;
    private final List<Integer> order;

    private Placeholders(String jdbcSql, List<String> names, List<Integer> order) {
        this.jdbcSql = jdbcSql;
        this.names = names;
        this.order = order;
    }

    /** The placeholders of {@code sql}, one statement. */
    public static Placeholders of(String sql) {
        if (definesRoutine(sql)) {
            return new Placeholders(sql, List.of(), List.of());
        }
        return new Scan(sql).run();
    }

    /**
     * CREATE [OR REPLACE] FUNCTION or PROCEDURE: every {@code $n} in it is the routine's own
     * argument, and a SQL-standard body ({@code BEGIN ATOMIC ... END}, {@code RETURN ...}) stands
     * outside any quote, as pg_dump writes functions with unnamed arguments. PostgreSQL binds no
     * values into such a statement, so nothing in it is a placeholder.
     */
    private static boolean definesRoutine(String sql) {
        String command = CommandName.of(sql);
        return command.equals("CREATE FUNCTION") || command.equals("CREATE PROCEDURE");
    }

    /** Whether the statement has no placeholder at all (and so runs exactly as written). */
    public boolean isEmpty() {
        return names.isEmpty();
    }

    /**
     * What the user must give a value for, each once: {@code :name} and {@code $n} as written,
     * the n-th {@code ?} as {@code ?n}. In order of first use; {@code $n} alone in numeric order.
     */
    public List<String> names() {
        return names;
    }

    /** The statement with each placeholder replaced by {@code ?}; everything else as written. */
    public String jdbcSql() {
        return jdbcSql;
    }

    /** The values for {@link #jdbcSql()}'s {@code ?}s, in order, from one value per {@link #names()} entry. */
    public <T> List<T> inJdbcOrder(List<T> valuePerName) {
        if (valuePerName.size() != names.size()) {
            throw new IllegalArgumentException("Expected " + names.size() + " values, got " + valuePerName.size());
        }
        return order.stream().map(valuePerName::get).toList();
    }

    /** One pass over the text, skipping what can hold a placeholder-like character without being one. */
    private static final class Scan {
        private final String text;
        private final StringBuilder out = new StringBuilder();
        private final List<String> uses = new ArrayList<>();
        private int pos;
        private int questionMarks;

        Scan(String text) {
            this.text = text;
        }

        Placeholders run() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (c == '\'') {
                    copyQuoted(isEscapeStringPrefix());
                } else if (c == '"') {
                    copyQuoted(false);
                } else if (c == '$' && dollarTagAt(pos) != null) {
                    copyDollarQuoted(dollarTagAt(pos));
                } else if (c == '-' && peek(1) == '-') {
                    int newline = text.indexOf('\n', pos);
                    copyTo(newline < 0 ? text.length() : newline + 1);
                } else if (c == '/' && peek(1) == '*') {
                    copyBlockComment();
                } else if (c == '?' && "|&#-".indexOf(peek(1)) < 0) {
                    use("?" + (++questionMarks), pos + 1);
                } else if (c == '$' && Character.isDigit(peek(1)) && !wordBefore(pos)) {
                    use("$", endOfRun(pos + 1, true));
                } else if (c == ':' && isNameStart(peek(1)) && !wordBefore(pos) && (pos == 0 || text.charAt(pos - 1) != ':')) {
                    use(":", endOfRun(pos + 1, false));
                } else if (isWordChar(c)) {
                    copyTo(endOfRun(pos, false)); // a word: its '$' or digits are part of a name
                } else {
                    copyTo(pos + 1);
                }
            }
            List<String> names = distinct();
            List<Integer> order = uses.stream().map(names::indexOf).toList();
            return new Placeholders(out.toString(), names, order);
        }

        /** A placeholder from {@code pos} to {@code end}; {@code kind} is its prefix, or its whole name for {@code ?}. */
        private void use(String kind, int end) {
            uses.add(kind.startsWith("?") ? kind : text.substring(pos, end));
            out.append('?');
            pos = end;
        }

        private List<String> distinct() {
            List<String> names = new ArrayList<>();
            for (String use : uses) {
                if (!names.contains(use)) {
                    names.add(use);
                }
            }
            if (names.stream().allMatch(n -> n.startsWith("$"))) {
                names.sort(Comparator.comparingLong(n -> Long.parseLong(n.substring(1))));
            }
            return names;
        }

        private int endOfRun(int from, boolean digitsOnly) {
            int i = from;
            while (i < text.length() && (digitsOnly ? Character.isDigit(text.charAt(i)) : isWordChar(text.charAt(i)))) {
                i++;
            }
            return i;
        }

        private boolean wordBefore(int at) {
            return at > 0 && isWordChar(text.charAt(at - 1));
        }

        private boolean isEscapeStringPrefix() {
            if (pos == 0 || Character.toUpperCase(text.charAt(pos - 1)) != 'E') {
                return false;
            }
            return pos < 2 || !isWordChar(text.charAt(pos - 2));
        }

        private void copyQuoted(boolean backslashEscapes) {
            copyTo(Math.min(SqlText.endOfQuoted(text, pos, backslashEscapes), text.length()));
        }

        /** The {@code $tag$} opening at {@code at}, or null when the dollar is not a quote (as in {@code $1}). */
        private String dollarTagAt(int at) {
            if (wordBefore(at)) {
                return null;
            }
            int i = at + 1;
            if (i < text.length() && Character.isDigit(text.charAt(i))) {
                return null;
            }
            while (i < text.length() && isWordChar(text.charAt(i)) && text.charAt(i) != '$') {
                i++;
            }
            return i < text.length() && text.charAt(i) == '$' ? text.substring(at, i + 1) : null;
        }

        private void copyDollarQuoted(String tag) {
            int close = text.indexOf(tag, pos + tag.length());
            copyTo(close < 0 ? text.length() : close + tag.length());
        }

        private void copyBlockComment() {
            copyTo(SqlText.endOfBlockComment(text, pos));
        }

        private void copyTo(int end) {
            out.append(text, pos, end);
            pos = end;
        }

        private char peek(int ahead) {
            int i = pos + ahead;
            return i < text.length() ? text.charAt(i) : '\0';
        }

        private static boolean isNameStart(char c) {
            return Character.isLetter(c) || c == '_';
        }

        private static boolean isWordChar(char c) {
            return Character.isLetterOrDigit(c) || c == '_' || c == '$';
        }
    }
}
