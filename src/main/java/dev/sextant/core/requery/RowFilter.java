package dev.sextant.core.requery;

import dev.sextant.core.session.BoundValue;
import dev.sextant.core.sql.SqlToken;
import dev.sextant.core.sql.SqlTokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads what the user typed in the filter field: conditions joined with {@code and}, each
 * {@code column op value} ({@code = <> != < <= > >=}), {@code column [not] like|ilike 'pattern'}
 * or {@code column is [not] null}. A column is a name of the result, as shown (any case) or in
 * double quotes; a value is {@code 'text'}, a number, or one bare word taken as text. Values
 * become bound parameters, never SQL. Read from {@link SqlTokens}, as the editor reads SQL.
 */
public final class RowFilter {

    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", "<=", ">", ">=");
    static final String HOW = "write conditions like price > 3, name like 'a%' or note is null, joined with and.";

    private final String text;
    private final List<SqlToken> tokens;
    private final List<String> columns;
    private int at;

    private RowFilter(String text, List<String> columns) {
        this.text = text;
        this.tokens = SqlTokens.of(text).stream().filter(t -> t.kind() != SqlToken.Kind.COMMENT).toList();
        this.columns = columns;
    }

    /** The conditions in {@code text} over a result with these column labels; none for blank text. */
    public static List<Condition> parse(String text, List<String> columns) throws FilterException {
        return new RowFilter(text, columns).conditions();
    }

    private List<Condition> conditions() throws FilterException {
        List<Condition> conditions = new ArrayList<>();
        while (at < tokens.size()) {
            if (!conditions.isEmpty()) {
                expectWord("AND");
            }
            conditions.add(condition());
        }
        return conditions;
    }

    private Condition condition() throws FilterException {
        int column = column();
        String word = upperWord();
        if (word.equals("IS")) {
            at++;
            boolean not = nextIs("NOT");
            expectWord("NULL");
            return new Condition(column, not ? "IS NOT NULL" : "IS NULL", null);
        }
        boolean not = nextIs("NOT");
        word = upperWord();
        if (word.equals("LIKE") || word.equals("ILIKE")) {
            at++;
            return new Condition(column, (not ? "NOT " : "") + word, value());
        }
        if (not || at >= tokens.size() || !COMPARISONS.contains(piece(at))) {
            throw unreadable();
        }
        String op = piece(at++);
        return new Condition(column, op.equals("!=") ? "<>" : op, value());
    }

    private int column() throws FilterException {
        if (at >= tokens.size()) {
            throw unreadable();
        }
        SqlToken token = tokens.get(at++);
        String name = piece(at - 1);
        if (token.kind() == SqlToken.Kind.QUOTED_IDENTIFIER) {
            return find(unquote(name), true);
        }
        if (token.kind() == SqlToken.Kind.IDENTIFIER || token.kind() == SqlToken.Kind.KEYWORD) {
            return find(name, false);
        }
        throw unreadable();
    }

    /** The column with this label: exactly as written, else the only one that differs in case alone. */
    private int find(String name, boolean exact) throws FilterException {
        List<Integer> found = matches(name, true);
        if (found.isEmpty() && !exact) {
            found = matches(name, false);
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        throw new FilterException(found.isEmpty()
                ? "This result has no column " + name + "; its columns are " + String.join(", ", columns) + "."
                : "This result has more than one column " + name + ", so a filter cannot tell them apart; "
                + "rename one in the statement with AS.");
    }

    private List<Integer> matches(String name, boolean exact) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (exact ? columns.get(i).equals(name) : columns.get(i).equalsIgnoreCase(name)) {
                found.add(i);
            }
        }
        return found;
    }

    private BoundValue value() throws FilterException {
        if (at >= tokens.size()) {
            throw unreadable();
        }
        SqlToken token = tokens.get(at++);
        String piece = piece(at - 1);
        boolean minus = piece.equals("-") && at < tokens.size() && tokens.get(at).kind() == SqlToken.Kind.NUMBER;
        if (minus) {
            return BoundValue.number("-" + piece(at++));
        }
        return switch (token.kind()) {
            case STRING -> {
                if (!piece.startsWith("'") || piece.length() < 2 || !piece.endsWith("'")) {
                    throw new FilterException("Write text values in single quotes, as 'O''Brien'.");
                }
                yield BoundValue.text(piece.substring(1, piece.length() - 1).replace("''", "'"));
            }
            case NUMBER -> BoundValue.number(piece.replace("_", ""));
            case IDENTIFIER, KEYWORD -> BoundValue.text(piece);
            default -> throw unreadable();
        };
    }

    private boolean nextIs(String keyword) {
        if (upperWord().equals(keyword)) {
            at++;
            return true;
        }
        return false;
    }

    private void expectWord(String keyword) throws FilterException {
        if (!nextIs(keyword)) {
            throw unreadable();
        }
    }

    private String upperWord() {
        if (at >= tokens.size()) {
            return "";
        }
        SqlToken.Kind kind = tokens.get(at).kind();
        return kind == SqlToken.Kind.KEYWORD || kind == SqlToken.Kind.IDENTIFIER
                ? piece(at).toUpperCase(Locale.ROOT) : "";
    }

    private String piece(int index) {
        SqlToken token = tokens.get(index);
        return text.substring(token.start(), token.end());
    }

    private FilterException unreadable() {
        String near = at < tokens.size() ? " near " + piece(at) : at > 0 ? " after " + piece(at - 1) : "";
        return new FilterException("Cannot read the filter" + near + ": " + HOW);
    }

    private static String unquote(String quoted) {
        String inner = quoted.length() >= 2 && quoted.endsWith("\"") ? quoted.substring(1, quoted.length() - 1)
                : quoted.substring(1);
        return inner.replace("\"\"", "\"");
    }
}
