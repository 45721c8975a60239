package dev.sextant.core.complete;

import dev.sextant.core.complete.TableRef.Derived;
import dev.sextant.core.complete.TableRef.OutputColumn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which tables each parenthesis group of a statement reads, read tolerantly from its tokens:
 * the items after FROM, JOIN, UPDATE and INTO with their aliases, the CTEs of a WITH, and the
 * select list of a subquery. Anything it does not understand it steps over, so a statement
 * with a syntax error (the one being typed) still has a scope.
 */
final class Scope {

    private final StatementTokens t;
    private final Map<Integer, List<TableRef>> refs = new HashMap<>();
    private final Map<Integer, Map<String, Derived>> ctes = new HashMap<>();
    private final Map<Integer, Derived> derived = new HashMap<>();

    Scope(StatementTokens tokens) {
        this.t = tokens;
    }

    /** The tables group {@code g} itself reads (not those of its subqueries). */
    List<TableRef> refsOf(int g) {
        List<TableRef> known = refs.get(g);
        if (known == null) {
            known = readRefs(g);
            refs.put(g, known);
        }
        return known;
    }

    /** The CTEs visible in group {@code g}: its own WITH's and those of the groups around it. */
    Map<String, Derived> visibleCtes(int g) {
        Map<String, Derived> visible = new LinkedHashMap<>();
        for (int at = g; at >= 0; at = t.parent.get(at)) {
            ctesOf(at).forEach(visible::putIfAbsent);
        }
        return visible;
    }

    private List<TableRef> readRefs(int g) {
        List<Integer> m = t.members.get(g);
        List<TableRef> found = new ArrayList<>();
        String clause = "";
        boolean natural = false;
        for (int p = 0; p < m.size(); p++) {
            String word = t.upper(m.get(p));
            if (word.equals("NATURAL")) {
                natural = true;
            } else if (word.equals("USING") && !found.isEmpty() && p + 1 < m.size()) {
                int last = found.size() - 1;
                found.set(last, found.get(last).joined(found.get(last).natural(), namesIn(t.childOpenedBy(m.get(p + 1)))));
            } else if (Words.BEFORE_RELATION.contains(word) || (word.equals(",") && clause.equals("FROM"))) {
                TableRef ref = readRef(g, m, p + 1);
                if (ref != null) {
                    found.add(natural ? ref.joined(true, List.of()) : ref);
                }
                natural = false;
            }
            if (Words.CLAUSES.contains(word)) {
                clause = word.equals("JOIN") ? "FROM" : word;
            }
        }
        return found;
    }

    /** The table reference starting at position {@code p} of group {@code g}'s tokens, or null. */
    private TableRef readRef(int g, List<Integer> m, int p) {
        while (p < m.size() && (t.is(m.get(p), "ONLY") || t.is(m.get(p), "LATERAL"))) {
            p++;
        }
        if (p >= m.size()) {
            return null;
        }
        int first = m.get(p);
        if (t.is(first, "(")) {
            int child = t.childOpenedBy(first);
            String alias = aliasAt(m, skipParens(m, p));
            return new TableRef(alias, null, null, false, derivedOf(child), false, List.of());
        }
        if (!t.isName(first)) {
            return null;
        }
        List<Integer> chain = new ArrayList<>(List.of(first));
        while (p + 2 < m.size() && t.is(m.get(p + 1), ".") && t.isName(m.get(p + 2))) {
            p += 2;
            chain.add(m.get(p));
        }
        if (p + 1 < m.size() && t.is(m.get(p + 1), ".")) {
            return null; // "shop." still being typed: no table yet
        }
        int nameToken = chain.get(chain.size() - 1);
        String schema = chain.size() > 1 ? t.name(chain.get(chain.size() - 2)) : null;
        String name = t.name(nameToken);
        int next = p + 1;
        if (next < m.size() && t.is(m.get(next), "(")) {
            next = skipParens(m, next); // a set-returning function such as generate_series(1, 10)
        }
        Derived cte = schema == null ? visibleCtes(g).get(name.toLowerCase(Locale.ROOT)) : null;
        return new TableRef(aliasAt(m, next), schema, name, t.isQuoted(nameToken), cte, false, List.of());
    }

    /** The alias at position {@code p} ({@code AS x} or just {@code x}), or null. */
    private String aliasAt(List<Integer> m, int p) {
        if (p < m.size() && t.is(m.get(p), "AS")) {
            p++;
        }
        if (p < m.size() && t.isName(m.get(p)) && !Words.STRUCTURE.contains(t.upper(m.get(p)))) {
            return t.name(m.get(p));
        }
        return null;
    }

    /** The position after a {@code (} at {@code p} and its {@code )}, which follows it among the group's own tokens. */
    private int skipParens(List<Integer> m, int p) {
        return p + 1 < m.size() && t.is(m.get(p + 1), ")") ? p + 2 : p + 1;
    }

    /** The names listed directly in a group, such as {@code (a, b)} of USING or a CTE's column list. */
    private List<String> namesIn(int group) {
        List<String> names = new ArrayList<>();
        if (group < 0) {
            return names;
        }
        for (int index : t.members.get(group)) {
            if (t.isName(index)) {
                names.add(t.name(index));
            }
        }
        return names;
    }

    private Map<String, Derived> ctesOf(int g) {
        Map<String, Derived> known = ctes.get(g);
        if (known == null) {
            known = new LinkedHashMap<>();
            ctes.put(g, known); // before reading: a recursive CTE refers to itself
            readCtes(g, known);
        }
        return known;
    }

    /** {@code WITH [RECURSIVE] name [(columns)] AS [NOT] [MATERIALIZED] (body) [, …]}. */
    private void readCtes(int g, Map<String, Derived> into) {
        List<Integer> m = t.members.get(g);
        int p = 0;
        while (p < m.size() && !t.is(m.get(p), "WITH")) {
            p++;
        }
        p++;
        if (p < m.size() && t.is(m.get(p), "RECURSIVE")) {
            p++;
        }
        while (p < m.size() && t.isName(m.get(p))) {
            String name = t.name(m.get(p)).toLowerCase(Locale.ROOT);
            p++;
            List<String> columns = List.of();
            if (p < m.size() && t.is(m.get(p), "(")) {
                columns = namesIn(t.childOpenedBy(m.get(p)));
                p = skipParens(m, p);
            }
            while (p < m.size() && (t.is(m.get(p), "AS") || t.is(m.get(p), "NOT") || t.is(m.get(p), "MATERIALIZED"))) {
                p++;
            }
            if (p >= m.size() || !t.is(m.get(p), "(")) {
                return;
            }
            into.put(name, Derived.NOTHING_YET);
            into.put(name, renamed(derivedOf(t.childOpenedBy(m.get(p))), columns));
            p = skipParens(m, p);
            if (p >= m.size() || !t.is(m.get(p), ",")) {
                return;
            }
            p++;
        }
    }

    private static Derived renamed(Derived body, List<String> names) {
        if (names.isEmpty()) {
            return body;
        }
        List<OutputColumn> columns = new ArrayList<>();
        names.forEach(n -> columns.add(new OutputColumn(n, false, null)));
        return new Derived(columns, body.from());
    }

    /** What a subquery or CTE body in group {@code g} gives: its select list's names and its tables. */
    Derived derivedOf(int g) {
        if (g < 0) {
            return Derived.NOTHING_YET;
        }
        Derived known = derived.get(g);
        if (known == null) {
            derived.put(g, Derived.NOTHING_YET); // a recursive CTE's body names itself
            known = new Derived(SelectList.of(t, t.members.get(g)), refsOf(g));
            derived.put(g, known);
        }
        return known;
    }
}
