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

    /** The placeholders of {@code sql}, one statement, by PostgreSQL's rules. */
    public static Placeholders of(String sql) {
        return of(sql, SqlDialect.POSTGRESQL);
    }

    /** The placeholders of {@code sql}, one statement, in the forms {@code dialect} allows. */
    public static Placeholders of(String sql, SqlDialect dialect) {
        List<Lexeme> lexemes = SqlLexer.lex(sql, dialect);
        if (definesRoutine(sql, lexemes)) {
            return new Placeholders(sql, List.of(), List.of());
        }
        return rewrite(sql, lexemes);
    }

    /**
     * CREATE [OR REPLACE] FUNCTION or PROCEDURE: every {@code $n} in it is the routine's own
     * argument, and a SQL-standard body ({@code BEGIN ATOMIC ... END}, {@code RETURN ...}) stands
     * outside any quote, as pg_dump writes functions with unnamed arguments. PostgreSQL binds no
     * values into such a statement, so nothing in it is a placeholder.
     */
    private static boolean definesRoutine(String sql, List<Lexeme> lexemes) {
        String command = CommandName.of(sql, lexemes);
        return command.equals("CREATE FUNCTION") || command.equals("CREATE PROCEDURE");
    }

    /** The text with each placeholder piece turned into {@code ?}; names as written, the n-th {@code ?} as {@code ?n}. */
    private static Placeholders rewrite(String sql, List<Lexeme> lexemes) {
        StringBuilder out = new StringBuilder(sql.length());
        List<String> uses = new ArrayList<>();
        int copied = 0;
        int questionMarks = 0;
        for (Lexeme lexeme : lexemes) {
            if (lexeme.kind() != Lexeme.Kind.PLACEHOLDER) {
                continue;
            }
            out.append(sql, copied, lexeme.start()).append('?');
            copied = lexeme.end();
            String written = lexeme.text(sql);
            uses.add(written.equals("?") ? "?" + ++questionMarks : written);
        }
        out.append(sql, copied, sql.length());
        List<String> names = distinct(uses);
        List<Integer> order = uses.stream().map(names::indexOf).toList();
        return new Placeholders(out.toString(), names, order);
    }

    private static List<String> distinct(List<String> uses) {
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
}
