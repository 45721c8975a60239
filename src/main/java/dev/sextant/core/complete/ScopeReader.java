package dev.sextant.core.complete;

import dev.sextant.core.complete.CompletionSpot.Expect;
import dev.sextant.core.sql.SqlDialect;
import dev.sextant.core.sql.SqlToken;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads where the caret stands in one statement, from the lexer's tokens and without a
 * parser: a statement being typed rarely parses, and completion must still work there.
 */
public final class ScopeReader {

    private static final Set<String> OWN_SCOPE_OPENERS = Set.of("FROM", "JOIN", "AS", "MATERIALIZED");

    private ScopeReader() {
    }

    /** The spot at {@code caret} (an offset into {@code statement}), read by PostgreSQL's rules. */
    public static CompletionSpot read(String statement, int caret) {
        return read(statement, caret, SqlDialect.POSTGRESQL);
    }

    /** The spot at {@code caret}, the statement read by {@code dialect}'s rules (the tab's engine's). */
    public static CompletionSpot read(String statement, int caret, SqlDialect dialect) {
        StatementTokens t = new StatementTokens(statement, dialect);
        int typed = typedTokenAt(t, caret);
        int replaceStart = typed >= 0 ? t.tokens.get(typed).start() : caret;
        String prefix = typed >= 0 ? statement.substring(replaceStart, caret) : "";
        boolean quoted = prefix.startsWith("\"");
        int prev = lastTokenBefore(t, replaceStart);
        List<String> qualifier = new ArrayList<>();
        while (prev >= 1 && t.is(prev, ".") && t.isName(prev - 1)) {
            qualifier.add(0, t.name(prev - 1));
            prev -= 2;
        }
        int group = typed >= 0 ? t.groupOf.get(typed) : groupAfter(t, prev);
        Scope scope = new Scope(t);
        String clause = clauseBefore(t, group, replaceStart);
        Expect expect = expect(t, prev, group, clause);
        return new CompletionSpot(replaceStart, quoted ? prefix.substring(1) : prefix, quoted, qualifier, expect,
                tablesInScope(t, scope, group), scope.visibleCtes(group), allTables(t, scope));
    }

    /** The word the caret is at the end (or in the middle) of, or -1 after a space or a dot. */
    private static int typedTokenAt(StatementTokens t, int caret) {
        for (int i = 0; i < t.size(); i++) {
            SqlToken token = t.tokens.get(i);
            boolean word = token.kind() == SqlToken.Kind.IDENTIFIER || token.kind() == SqlToken.Kind.KEYWORD
                    || token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER;
            if (word && token.start() < caret && caret <= token.end()) {
                return i;
            }
        }
        return -1;
    }

    private static int lastTokenBefore(StatementTokens t, int offset) {
        int found = -1;
        for (int i = 0; i < t.size() && t.tokens.get(i).end() <= offset; i++) {
            found = i;
        }
        return found;
    }

    /** The group a caret after token {@code prev} is in: the one a {@code (} opens, else prev's own. */
    private static int groupAfter(StatementTokens t, int prev) {
        if (prev < 0) {
            return 0;
        }
        int child = t.childOpenedBy(prev);
        return child >= 0 ? child : t.groupOf.get(prev);
    }

    private static String clauseBefore(StatementTokens t, int group, int offset) {
        String clause = "";
        for (int index : t.members.get(group)) {
            if (t.tokens.get(index).start() >= offset) {
                break;
            }
            String word = t.upper(index);
            if (Words.CLAUSES.contains(word)) {
                clause = word.equals("JOIN") ? "FROM" : word;
            }
        }
        return clause;
    }

    private static Expect expect(StatementTokens t, int prev, int group, String clause) {
        String before = t.upper(prev);
        if (Words.BEFORE_RELATION.contains(before) || (before.equals(",") && clause.equals("FROM"))) {
            return Expect.RELATION;
        }
        int opener = t.opener.get(group);
        if (opener > 0 && t.is(opener - 1, "USING")) {
            return Expect.USING_COLUMN;
        }
        boolean inCall = opener > 0 && t.isName(opener - 1);
        return Words.EXPRESSION_CLAUSES.contains(clause) || inCall ? Expect.COLUMN : Expect.ANY;
    }

    /** The tables of the caret's group and, unless it is a subquery in FROM or a CTE body, of those around it. */
    private static List<TableRef> tablesInScope(StatementTokens t, Scope scope, int group) {
        List<TableRef> tables = new ArrayList<>();
        for (int g = group; g >= 0; g = t.parent.get(g)) {
            tables.addAll(scope.refsOf(g));
            if (hasOwnScope(t, g)) {
                break;
            }
        }
        // Half-typed text such as an unclosed "(" can hide the FROM from the caret: then every table counts.
        return tables.isEmpty() ? allTables(t, scope) : tables;
    }

    private static List<TableRef> allTables(StatementTokens t, Scope scope) {
        List<TableRef> tables = new ArrayList<>();
        for (int g = 0; g < t.members.size(); g++) {
            tables.addAll(scope.refsOf(g));
        }
        return tables;
    }

    private static boolean hasOwnScope(StatementTokens t, int g) {
        int opener = t.opener.get(g);
        if (opener <= 0) {
            return true; // the statement itself, or a parenthesised query at its very start
        }
        String before = t.upper(opener - 1);
        return OWN_SCOPE_OPENERS.contains(before) || (before.equals(",") && isInFromList(t, opener));
    }

    private static boolean isInFromList(StatementTokens t, int opener) {
        int parentGroup = t.groupOf.get(opener);
        return clauseBefore(t, parentGroup, t.tokens.get(opener).start()).equals("FROM");
    }
}
