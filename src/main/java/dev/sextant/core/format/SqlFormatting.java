package dev.sextant.core.format;

import com.github.vertical_blank.sqlformatter.SqlFormatter;
import com.github.vertical_blank.sqlformatter.languages.Dialect;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.sql.SqlDialect;
import dev.sextant.core.sql.SqlToken;
import dev.sextant.core.sql.SqlTokens;

import java.util.List;
import java.util.Locale;

/**
 * Lays out SQL with the sql-formatter library, and only lets its answer through when our own
 * lexer reads the same tokens in it as in the original (white space aside, keywords in any case).
 * Formatters read SQL with their own rules and have been seen to split PostgreSQL's {@code ::},
 * {@code #>>} and {@code @?}, and to re-indent {@code $$} bodies; any such change is refused
 * rather than applied, so formatting can change the layout and never the statement.
 */
public final class SqlFormatting {

    private SqlFormatting() {
    }

    /** {@code sql} formatted in the engine's dialect, or why not; leading and trailing white space is kept. */
    public static FormatResult format(String sql, Engine engine) {
        String core = sql.strip();
        if (core.isEmpty()) {
            return new FormatResult.Refused("There is no SQL here to format.");
        }
        String formatted;
        try {
            ProtectedPieces pieces = ProtectedPieces.of(core, tokens(engine));
            formatted = pieces.restore(formatter(engine).format(pieces.masked()));
        } catch (RuntimeException e) {
            return new FormatResult.Refused("Not formatted: the formatter could not read this SQL.");
        }
        String change = firstChange(core, formatted, tokens(engine));
        if (change != null) {
            return new FormatResult.Refused("Not formatted: the formatter would have changed " + change
                    + ", not only the layout.");
        }
        int lead = sql.indexOf(core);
        return new FormatResult.Formatted(sql.substring(0, lead) + formatted + sql.substring(lead + core.length()));
    }

    /** PostgreSQL's own dialect, SQLite the standard one; a new engine fails to compile here until it chooses. */
    private static SqlFormatter.Formatter formatter(Engine engine) {
        return SqlFormatter.of(switch (engine) {
            case POSTGRESQL -> Dialect.PostgreSql;
            case SQLITE, CASSANDRA -> Dialect.StandardSql;
        });
    }

    /** The one lexer's rules for the engine's SQL (SQLite: no nested comments, no E'' strings). */
    private static SqlDialect tokens(Engine engine) {
        return switch (engine) {
            case POSTGRESQL -> SqlDialect.POSTGRESQL;
            case SQLITE -> SqlDialect.SQLITE;
            case CASSANDRA -> SqlDialect.CQL;
        };
    }

    /** Where the two texts' tokens first differ, in the user's words ("“#>>” on line 2"), or null. */
    static String firstChange(String original, String formatted, SqlDialect dialect) {
        List<SqlToken> before = SqlTokens.of(original, dialect);
        List<SqlToken> after = SqlTokens.of(formatted, dialect);
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            if (i >= before.size()) {
                return "the end of the text";
            }
            if (i >= after.size() || !same(original, before.get(i), formatted, after.get(i))
                    || (i > 0 && parted(original, before, formatted, after, i))) {
                SqlToken token = before.get(i);
                String text = original.substring(token.start(), token.end());
                return "“" + shortened(text) + "” on line " + lineOf(original, token.start());
            }
        }
        return null;
    }

    /** Whether two operator pieces that touched ("@" and "?" of "@?") were moved apart, which changes the operator. */
    private static boolean parted(String a, List<SqlToken> before, String b, List<SqlToken> after, int i) {
        SqlToken left = before.get(i - 1);
        SqlToken right = before.get(i);
        return left.end() == right.start() && ProtectedPieces.operatorLike(left, a) && ProtectedPieces.operatorLike(right, a)
                && after.get(i - 1).end() != after.get(i).start();
    }

    private static boolean same(String a, SqlToken x, String b, SqlToken y) {
        if (x.kind() != y.kind()) {
            return false;
        }
        String left = a.substring(x.start(), x.end());
        String right = b.substring(y.start(), y.end());
        if (x.kind() == SqlToken.Kind.COMMENT && left.startsWith("--")) {
            return left.stripTrailing().equals(right.stripTrailing()); // spaces ending a line mean nothing
        }
        return x.kind() == SqlToken.Kind.KEYWORD
                ? left.toUpperCase(Locale.ROOT).equals(right.toUpperCase(Locale.ROOT)) : left.equals(right);
    }

    private static String shortened(String text) {
        String line = text.lines().findFirst().orElse("");
        return line.length() > 30 || line.length() < text.length() ? line.substring(0, Math.min(30, line.length())) + "…" : line;
    }

    private static int lineOf(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
