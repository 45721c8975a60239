package dev.sextant.core.complete;

import dev.sextant.core.complete.TableRef.OutputColumn;
import dev.sextant.core.sql.SqlToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names a select list gives its columns, as PostgreSQL and SQLite name them: {@code AS x}
 * or a bare alias after the expression, else the column's own name ({@code t.amount} gives
 * {@code amount}); {@code *} and {@code t.*} bring in whole tables. An expression without a name
 * ({@code a + b}) gives nothing to complete.
 */
final class SelectList {

    private static final Set<String> ENDS = Set.of("FROM", "INTO", "WHERE", "GROUP", "HAVING", "ORDER", "LIMIT",
            "UNION", "INTERSECT", "EXCEPT", "WINDOW");

    private SelectList() {
    }

    /** The output columns of the first SELECT among a group's own tokens {@code m}. */
    static List<OutputColumn> of(StatementTokens t, List<Integer> m) {
        int p = 0;
        while (p < m.size() && !t.is(m.get(p), "SELECT")) {
            p++;
        }
        p++;
        while (p < m.size() && (t.is(m.get(p), "DISTINCT") || t.is(m.get(p), "ALL"))) {
            p++;
        }
        List<OutputColumn> columns = new ArrayList<>();
        List<Integer> item = new ArrayList<>();
        for (; p < m.size() && !ENDS.contains(t.upper(m.get(p))); p++) {
            if (t.is(m.get(p), ",")) {
                addItem(t, item, columns);
                item.clear();
            } else {
                item.add(m.get(p));
            }
        }
        addItem(t, item, columns);
        return columns;
    }

    private static void addItem(StatementTokens t, List<Integer> item, List<OutputColumn> into) {
        int n = item.size();
        if (n == 0) {
            return;
        }
        int last = item.get(n - 1);
        int before = n > 1 ? item.get(n - 2) : -1;
        if (t.is(last, "*")) {
            String qualifier = before >= 0 && t.is(before, ".") && n > 2 ? t.name(item.get(n - 3)) : null;
            into.add(new OutputColumn(null, true, qualifier));
        } else if (t.isName(last) && (before < 0 || namesWhatFollows(t, before))) {
            into.add(new OutputColumn(t.name(last), false, null));
        }
    }

    /** Whether a name after this token is the column's name: after AS, a dot, or a finished expression. */
    private static boolean namesWhatFollows(StatementTokens t, int before) {
        SqlToken.Kind kind = t.kind(before);
        return t.is(before, "AS") || t.is(before, ".") || t.is(before, ")") || t.isName(before)
                || kind == SqlToken.Kind.NUMBER || kind == SqlToken.Kind.STRING;
    }
}
