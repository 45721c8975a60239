package dev.sextant.core.sql;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * What an editor needs to know about its whole text, computed once per edit (off the UI thread)
 * so that caret moves only look things up: the tokens, which bracket closes which, and where
 * each statement starts and ends.
 */
public final class ScriptAnalysis {

    private final List<SqlToken> tokens;
    private final List<SqlStatement> statements;
    /** Offsets of every {@code (} and {@code )} outside strings and comments, ascending. */
    private final int[] bracketAt;
    /** For each of those, the offset of its partner, or -1 when it has none. */
    private final int[] partner;

    private ScriptAnalysis(String text, SqlDialect dialect, List<Lexeme> lexemes) {
        this.tokens = SqlTokens.from(text, lexemes);
        this.statements = ScriptSplitter.split(text, dialect, lexemes);
        List<Lexeme> brackets = lexemes.stream().filter(l -> l.is(text, "(") || l.is(text, ")")).toList();
        bracketAt = new int[brackets.size()];
        partner = new int[brackets.size()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int n = 0; n < brackets.size(); n++) {
            bracketAt[n] = brackets.get(n).start();
            partner[n] = -1;
            if (brackets.get(n).is(text, "(")) {
                open.push(n);
            } else if (!open.isEmpty()) {
                int o = open.pop();
                partner[o] = bracketAt[n];
                partner[n] = bracketAt[o];
            }
        }
    }

    /** Tokens, bracket pairs and statements of {@code text} by PostgreSQL's rules. */
    public static ScriptAnalysis of(String text) {
        return of(text, SqlDialect.POSTGRESQL);
    }

    /** Tokens, bracket pairs and statements of {@code text}, from one pass of the lexer. */
    public static ScriptAnalysis of(String text, SqlDialect dialect) {
        return new ScriptAnalysis(text, dialect, SqlLexer.lex(text, dialect));
    }

    public List<SqlToken> tokens() {
        return tokens;
    }

    public List<SqlStatement> statements() {
        return statements;
    }

    /** The token covering {@code offset}, or null on white space or past the end. */
    public SqlToken tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            SqlToken t = tokens.get(mid);
            if (t.end() <= offset) {
                lo = mid + 1;
            } else if (t.start() > offset) {
                hi = mid - 1;
            } else {
                return t;
            }
        }
        return null;
    }

    /** Whether a {@code (} or {@code )} that counts (not in a string or comment) stands at {@code offset}. */
    public boolean isBracketAt(int offset) {
        return Arrays.binarySearch(bracketAt, offset) >= 0;
    }

    /** The offset of the bracket paired with the one at {@code offset}; -1 when unmatched or no bracket. */
    public int partnerOf(int offset) {
        int i = Arrays.binarySearch(bracketAt, offset);
        return i < 0 ? -1 : partner[i];
    }

    /** The statement the caret is in, by {@link ScriptSplitter#statementAt}'s rule; null when none. */
    public SqlStatement statementAt(int caret) {
        SqlStatement found = null;
        int lo = 0;
        int hi = statements.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (statements.get(mid).start() <= caret) {
                found = statements.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found != null || statements.isEmpty() ? found : statements.get(0);
    }
}
