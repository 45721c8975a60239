package dev.sextant.core.sql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a statement can be run again as {@code SELECT * FROM (statement) AS q …}, so that the
 * server sorts and filters the whole result, and the statement's text to put inside the
 * parentheses. Read from {@link SqlTokens}: a {@code ;} or a keyword inside a string or a
 * comment is not one.
 */
public final class QueryWrap {

    private static final Set<String> QUERY_STARTS = Set.of("SELECT", "WITH", "VALUES", "TABLE");
    private static final Set<String> CHANGES_DATA = Set.of("INSERT", "UPDATE", "DELETE", "MERGE");
    private static final Set<String> LOCK_STRENGTHS = Set.of("UPDATE", "SHARE", "NO", "KEY");

    private QueryWrap() {
    }

    /** Why the statement cannot be wrapped, as a sentence for the header's tooltip; empty when it can. */
    public static Optional<String> refusal(String sql) {
        List<Piece> pieces = pieces(sql);
        if (pieces.isEmpty()) {
            return Optional.of("There is no statement to run again.");
        }
        int last = lastSignificant(pieces);
        for (int i = 0; i < last; i++) {
            if (pieces.get(i).is(";")) {
                return Optional.of("The result came from several statements; run one SELECT alone to sort it on the server.");
            }
        }
        Piece first = pieces.stream().filter(p -> !p.is("(")).findFirst().orElse(pieces.get(0));
        if (!QUERY_STARTS.contains(first.upper())) {
            return Optional.of("Only a single SELECT, WITH, VALUES or TABLE statement can be sorted on the server; "
                    + "this is " + CommandName.of(sql) + ".");
        }
        return topLevelRefusal(pieces, last, first.upper().equals("WITH"));
    }

    private static Optional<String> topLevelRefusal(List<Piece> pieces, int last, boolean with) {
        int depth = 0;
        for (int i = 0; i <= last; i++) {
            Piece p = pieces.get(i);
            depth += p.is("(") ? 1 : p.is(")") ? -1 : 0;
            if (with && p.keyword() && CHANGES_DATA.contains(p.upper())) {
                return Optional.of("The statement changes data (" + p.upper() + " in WITH); "
                        + "running it again to sort would change it again.");
            }
            if (depth == 0 && p.upper().equals("FOR") && i < last && LOCK_STRENGTHS.contains(pieces.get(i + 1).upper())) {
                return Optional.of("The statement locks rows (FOR " + pieces.get(i + 1).upper()
                        + "); it cannot be run again inside another query to sort it.");
            }
            if (depth == 0 && p.upper().equals("INTO")) {
                return Optional.of("The statement creates a table (SELECT INTO); running it again would fail.");
            }
        }
        return Optional.empty();
    }

    /**
     * The statement as it goes inside the parentheses: everything up to its last token that is
     * not a comment or a {@code ;}, so a trailing {@code -- note} cannot swallow the closing one.
     */
    public static String body(String sql) {
        List<Piece> pieces = pieces(sql);
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("no statement");
        }
        return sql.substring(0, pieces.get(lastSignificant(pieces)).token().end());
    }

    /** {@code SELECT * FROM (statement) AS q}, with {@code tail} (WHERE …, ORDER BY …) after it. */
    public static String wrap(String sql, String tail) {
        String wrapped = "SELECT * FROM (\n" + body(sql) + "\n) AS q";
        return tail.isEmpty() ? wrapped : wrapped + "\n" + tail;
    }

    private static int lastSignificant(List<Piece> pieces) {
        int last = pieces.size() - 1;
        while (last > 0 && pieces.get(last).is(";")) {
            last--;
        }
        return last;
    }

    private static List<Piece> pieces(String sql) {
        return SqlTokens.of(sql).stream().filter(t -> t.kind() != SqlToken.Kind.COMMENT)
                .map(t -> new Piece(t, sql.substring(t.start(), t.end()))).toList();
    }

    private record Piece(SqlToken token, String text) {
        boolean is(String punctuation) {
            return token.kind() == SqlToken.Kind.PUNCTUATION && text.equals(punctuation);
        }

        boolean keyword() {
            return token.kind() == SqlToken.Kind.KEYWORD;
        }

        String upper() {
            return token.kind() == SqlToken.Kind.KEYWORD || token.kind() == SqlToken.Kind.IDENTIFIER
                    ? text.toUpperCase(Locale.ROOT) : text;
        }
    }
}
