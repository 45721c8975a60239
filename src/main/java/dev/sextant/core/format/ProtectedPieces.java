package dev.sextant.core.format;

import dev.sextant.core.sql.SqlDialect;
import dev.sextant.core.sql.SqlToken;
import dev.sextant.core.sql.SqlTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pieces of SQL a formatter must not read, hidden behind plain names while it lays the text
 * out and put back after: strings of every kind ({@code E'\''}, {@code $$…$$}), quoted names,
 * block comments (nested ones included), parameters and operators. sql-formatter's PostgreSQL
 * dialect takes {@code #} for a MySQL comment and ends a comment at the first {@code *}{@code /};
 * hidden, those pieces reach the formatter as names it can only move. A cast's {@code ::} is
 * put back without the spaces the formatter puts round names. Line comments stay visible: the
 * formatter must know they end the line. The token check after all this still has the last word.
 */
final class ProtectedPieces {

    private static final Pattern PLACEHOLDER = Pattern.compile("((?<=\\S) )?\\b(sxp\\d*)_(\\d+)_\\b( (?=\\S))?");
    /** Operators the formatter reads as we do. */
    private static final List<String> PLAIN_OPERATORS = List.of("=", "<", ">", "<=", ">=", "<>", "!=", "+", "-", "*", "/", "%");

    private final List<String> pieces = new ArrayList<>();
    private final String prefix;
    private final String masked;

    private ProtectedPieces(String sql, SqlDialect dialect) {
        String name = "sxp";
        while (sql.contains(name)) {
            name += "9"; // the text holds a name like ours: make ours longer until it is unique
        }
        prefix = name;
        StringBuilder out = new StringBuilder();
        int at = 0;
        SqlToken previous = null;
        for (SqlToken token : SqlTokens.of(sql, dialect)) {
            String text = sql.substring(token.start(), token.end());
            if (hidden(token, text) && token.start() == at && previous != null && operatorLike(previous, sql)
                    && operatorLike(token, sql)) {
                // Touching the hidden piece before it ("@" then "?" of "@?"): one piece, so no space comes between.
                pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + text);
                at = token.end();
                previous = token;
            } else if (hidden(token, text)) {
                out.append(sql, at, token.start()).append(' ').append(prefix).append('_').append(pieces.size()).append("_ ");
                pieces.add(text);
                at = token.end();
                previous = token;
            }
        }
        masked = out.append(sql.substring(at)).toString();
    }

    static ProtectedPieces of(String sql, SqlDialect dialect) {
        return new ProtectedPieces(sql, dialect);
    }

    /** The text with every protected piece replaced by a name. */
    String masked() {
        return masked;
    }

    /** The formatter's answer with the pieces back in place of their names. */
    String restore(String formatted) {
        Matcher m = PLACEHOLDER.matcher(withCastsTight(formatted));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(3));
            String piece = m.group(2).equals(prefix) && index < pieces.size() ? pieces.get(index) : m.group().strip();
            String spaced = keepSpaces(m, piece);
            m.appendReplacement(out, Matcher.quoteReplacement(spaced));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Casts put back first, with the spaces on both sides dropped: {@code id::text}, as people write it. */
    private String withCastsTight(String formatted) {
        String out = formatted;
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).equals("::")) {
                out = out.replaceAll(" ?\\b" + prefix + "_" + i + "_\\b ?", "::");
            }
        }
        return out;
    }

    private static String keepSpaces(Matcher m, String piece) {
        return (m.group(1) != null ? " " : "") + piece + (m.group(4) != null ? " " : "");
    }

    /** An operator or placeholder other than a cast: two of them touching read as one operator. */
    static boolean operatorLike(SqlToken token, String sql) {
        return (token.kind() == SqlToken.Kind.OPERATOR || token.kind() == SqlToken.Kind.PARAMETER)
                && !sql.substring(token.start(), token.end()).equals("::");
    }

    private static boolean hidden(SqlToken token, String text) {
        return switch (token.kind()) {
            case STRING, QUOTED_IDENTIFIER, PARAMETER -> true;
            case COMMENT -> text.startsWith("/*");
            case OPERATOR -> !PLAIN_OPERATORS.contains(text);
            default -> false;
        };
    }
}
