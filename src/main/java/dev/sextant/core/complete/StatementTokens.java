package dev.sextant.core.complete;

import dev.sextant.core.sql.SqlDialect;
import dev.sextant.core.sql.SqlToken;
import dev.sextant.core.sql.SqlTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of one statement (comments left out) with the parenthesis group each stands in:
 * group 0 is the statement itself, each {@code (} opens a child group whose own tokens are
 * those up to its {@code )}; the parentheses belong to the parent. Unbalanced text still gives
 * groups: a missing {@code )} leaves its group open to the end, an extra one is ignored.
 */
final class StatementTokens {

    final String text;
    final List<SqlToken> tokens = new ArrayList<>();
    /** For each token, the group it stands in. */
    final List<Integer> groupOf = new ArrayList<>();
    /** For each group, its parent (-1 for group 0) and the token index of its {@code (}. */
    final List<Integer> parent = new ArrayList<>();
    final List<Integer> opener = new ArrayList<>();
    /** For each group, the indexes of its own tokens, in order. */
    final List<List<Integer>> members = new ArrayList<>();

    /** The tokens of {@code text} as the tab's engine reads them (SQLite's {@code [name]}, CQL's {@code //}). */
    StatementTokens(String text, SqlDialect dialect) {
        this.text = text;
        newGroup(-1, -1);
        List<Integer> open = new ArrayList<>(List.of(0));
        for (SqlToken token : SqlTokens.of(text, dialect)) {
            if (token.kind() == SqlToken.Kind.COMMENT) {
                continue;
            }
            int index = tokens.size();
            int current = open.get(open.size() - 1);
            tokens.add(token);
            if (is(index, ")") && open.size() > 1) {
                open.remove(open.size() - 1);
                current = open.get(open.size() - 1);
            }
            groupOf.add(current);
            members.get(current).add(index);
            if (is(index, "(")) {
                open.add(newGroup(current, index));
            }
        }
    }

    private int newGroup(int parentGroup, int openerToken) {
        parent.add(parentGroup);
        opener.add(openerToken);
        members.add(new ArrayList<>());
        return parent.size() - 1;
    }

    int size() {
        return tokens.size();
    }

    String text(int index) {
        SqlToken t = tokens.get(index);
        return text.substring(t.start(), t.end());
    }

    /** The token's text as a name: a quoted identifier without its quotes (doubled quotes undone). */
    String name(int index) {
        String raw = text(index);
        if (kind(index) != SqlToken.Kind.QUOTED_IDENTIFIER) {
            return raw;
        }
        String inner = raw.length() >= 2 && raw.endsWith("\"") ? raw.substring(1, raw.length() - 1) : raw.substring(1);
        return inner.replace("\"\"", "\"");
    }

    SqlToken.Kind kind(int index) {
        return tokens.get(index).kind();
    }

    boolean is(int index, String punctuationOrWord) {
        return index >= 0 && index < tokens.size() && text(index).equalsIgnoreCase(punctuationOrWord);
    }

    String upper(int index) {
        return index >= 0 && index < tokens.size() ? text(index).toUpperCase(Locale.ROOT) : "";
    }

    boolean isName(int index) {
        if (index < 0 || index >= tokens.size()) {
            return false;
        }
        SqlToken.Kind k = kind(index);
        return k == SqlToken.Kind.IDENTIFIER || k == SqlToken.Kind.QUOTED_IDENTIFIER
                || (k == SqlToken.Kind.KEYWORD && !Words.STRUCTURE.contains(upper(index)));
    }

    boolean isQuoted(int index) {
        return kind(index) == SqlToken.Kind.QUOTED_IDENTIFIER;
    }

    /** The group a {@code (} token opens, or -1 if the token is no {@code (}. */
    int childOpenedBy(int index) {
        return is(index, "(") ? opener.indexOf(index) : -1;
    }

    /** Whether {@code group} is {@code ancestor} or lies inside it. */
    boolean within(int group, int ancestor) {
        for (int g = group; g >= 0; g = parent.get(g)) {
            if (g == ancestor) {
                return true;
            }
        }
        return false;
    }
}
