package dev.sextant.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts SQL text into tokens for highlighting: keywords (any case), identifiers and
 * {@code "quoted"} ones, strings ({@code '...'} with {@code ''}, {@code E'...'} with backslash
 * escapes, {@code B'' X'' N''}, {@code $$...$$} and {@code $tag$...$tag$}), {@code --} and nested
 * block comments, numbers, {@code $1} parameters, operators and punctuation. White space gets no
 * token. Unterminated strings and comments run to the end, as they do for the server.
 * Never fails: any text gives some tokens, so a half-typed script still colours.
 */
public final class SqlTokens {

    private final String text;
    private final List<SqlToken> tokens = new ArrayList<>();
    private int pos;

    private SqlTokens(String text) {
        this.text = text;
    }

    /** The tokens of {@code text}, in order, none overlapping. */
    public static List<SqlToken> of(String text) {
        SqlTokens lexer = new SqlTokens(text);
        lexer.run();
        return lexer.tokens;
    }

    /** Whether {@code word} is a SQL keyword the editor colours (case does not matter). */
    public static boolean isKeyword(String word) {
        return SqlKeywords.ALL.contains(word.toUpperCase(Locale.ROOT));
    }

    private void run() {
        int length = text.length();
        while (pos < length) {
            char c = text.charAt(pos);
            int start = pos;
            if (Character.isWhitespace(c)) {
                pos++;
                continue;
            }
            if (c == '-' && peek(1) == '-') {
                int nl = text.indexOf('\n', pos);
                pos = nl < 0 ? length : nl;
                add(SqlToken.Kind.COMMENT, start);
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
                add(SqlToken.Kind.COMMENT, start);
            } else if (c == '\'') {
                skipQuoted(false);
                add(SqlToken.Kind.STRING, start);
            } else if (c == '"') {
                skipQuoted(false);
                add(SqlToken.Kind.QUOTED_IDENTIFIER, start);
            } else if (c == '$') {
                dollar(start);
            } else if (isDigit(c) || (c == '.' && isDigit(peek(1)))) {
                skipNumber();
                add(SqlToken.Kind.NUMBER, start);
            } else if (isWordStart(c)) {
                word(start);
            } else if (PUNCTUATION.indexOf(c) >= 0) {
                pos++;
                add(SqlToken.Kind.PUNCTUATION, start);
            } else if (OPERATORS.indexOf(c) >= 0) {
                skipOperator();
                add(SqlToken.Kind.OPERATOR, start);
            } else {
                pos++; // a character SQL gives no meaning: leave it uncoloured
            }
        }
    }

    private static final String PUNCTUATION = "(),;[].";
    private static final String OPERATORS = "+-*/<>=~!@#%^&|`?:";

    private void add(SqlToken.Kind kind, int start) {
        tokens.add(new SqlToken(kind, start, pos));
    }

    private void word(int start) {
        while (pos < text.length() && isWordPart(text.charAt(pos))) {
            pos++;
        }
        if (pos - start == 1 && peek(0) == '\'' && STRING_PREFIXES.indexOf(text.charAt(start)) >= 0) {
            // E'..', B'..', X'..', N'..': the prefix belongs to the string; only E'' knows backslashes
            skipQuoted(Character.toUpperCase(text.charAt(start)) == 'E');
            add(SqlToken.Kind.STRING, start);
            return;
        }
        boolean keyword = SqlKeywords.ALL.contains(text.substring(start, pos).toUpperCase(Locale.ROOT));
        add(keyword ? SqlToken.Kind.KEYWORD : SqlToken.Kind.IDENTIFIER, start);
    }

    private static final String STRING_PREFIXES = "EeBbXxNn";

    private void dollar(int start) {
        if (isDigit(peek(1))) {
            pos++;
            while (pos < text.length() && isDigit(text.charAt(pos))) {
                pos++;
            }
            add(SqlToken.Kind.PARAMETER, start);
            return;
        }
        int i = pos + 1;
        if (i < text.length() && isWordStart(text.charAt(i))) {
            i++;
            while (i < text.length() && isWordPart(text.charAt(i)) && text.charAt(i) != '$') {
                i++;
            }
        }
        if (i < text.length() && text.charAt(i) == '$') {
            String tag = text.substring(pos, i + 1);
            int close = text.indexOf(tag, i + 1);
            pos = close < 0 ? text.length() : close + tag.length();
            add(SqlToken.Kind.STRING, start);
        } else {
            pos++;
            add(SqlToken.Kind.OPERATOR, start);
        }
    }

    private void skipQuoted(boolean backslashEscapes) {
        pos = SqlText.endOfQuoted(text, pos, backslashEscapes);
    }

    private void skipBlockComment() {
        pos = SqlText.endOfBlockComment(text, pos);
    }

    private void skipNumber() {
        while (pos < text.length() && (isDigit(peek(0)) || peek(0) == '_')) {
            pos++;
        }
        if (peek(0) == '.' && peek(1) != '.') {
            pos++;
            while (pos < text.length() && (isDigit(peek(0)) || peek(0) == '_')) {
                pos++;
            }
        }
        if ((peek(0) == 'e' || peek(0) == 'E')
                && (isDigit(peek(1)) || ((peek(1) == '+' || peek(1) == '-') && isDigit(peek(2))))) {
            pos += 2;
            while (pos < text.length() && isDigit(peek(0))) {
                pos++;
            }
        }
    }

    /** A run of operator characters, cut before a comment starts, as PostgreSQL reads it. */
    private void skipOperator() {
        pos++;
        while (pos < text.length() && OPERATORS.indexOf(peek(0)) >= 0
                && !text.startsWith("--", pos) && !text.startsWith("/*", pos)) {
            pos++;
        }
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < text.length() ? text.charAt(i) : '\0';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** The keywords, kept apart so the lexer stays readable. */
    private static final class SqlKeywords {
        static final Set<String> ALL = Set.of(
                "ABORT", "ACTION", "ADD", "ALL", "ALTER", "ANALYZE", "AND", "ANY", "ARRAY", "AS", "ASC",
                "ATOMIC", "ATTACH", "AUTOINCREMENT", "BEGIN", "BETWEEN", "BIGINT", "BIGSERIAL", "BOOLEAN",
                "BOTH", "BY", "CALL", "CASCADE", "CASE", "CAST", "CHAR", "CHARACTER", "CHECK", "CHECKPOINT",
                "CLUSTER", "COLLATE", "COLUMN", "COMMENT", "COMMIT", "CONCURRENTLY", "CONFLICT",
                "CONSTRAINT", "COPY", "CREATE", "CROSS", "CURRENT", "CURRENT_DATE", "CURRENT_TIME",
                "CURRENT_TIMESTAMP", "CURRENT_USER", "CURSOR", "DATABASE", "DATE", "DEALLOCATE", "DECIMAL",
                "DECLARE", "DEFAULT", "DEFERRABLE", "DEFERRED", "DELETE", "DESC", "DETACH", "DISTINCT", "DO",
                "DOMAIN", "DOUBLE", "DROP", "EACH", "ELSE", "END", "ESCAPE", "EXCEPT", "EXCLUSIVE", "EXECUTE",
                "EXISTS", "EXPLAIN", "EXTENSION", "FALSE", "FETCH", "FILTER", "FIRST", "FLOAT", "FOLLOWING",
                "FOR", "FOREIGN", "FROM", "FULL", "FUNCTION", "GLOB", "GRANT", "GROUP", "GROUPS", "HAVING",
                "IF", "ILIKE", "IMMEDIATE", "IN", "INDEX", "INHERITS", "INNER", "INSERT", "INSTEAD", "INT",
                "INTEGER", "INTERSECT", "INTERVAL", "INTO", "IS", "ISNULL", "JOIN", "JSON", "JSONB", "KEY",
                "LANGUAGE", "LAST", "LATERAL", "LEADING", "LEFT", "LIKE", "LIMIT", "LISTEN", "LOCK", "MATERIALIZED",
                "MATCH", "NATURAL", "NO", "NOT", "NOTHING", "NOTIFY", "NOTNULL", "NULL", "NULLS", "NUMERIC",
                "OF", "OFFSET", "ON", "ONLY", "OR", "ORDER", "OTHERS", "OUTER", "OVER", "OWNER", "PARTITION",
                "PRAGMA", "PRECEDING", "PRECISION", "PREPARE", "PRIMARY", "PROCEDURE", "RANGE", "REAL",
                "RECURSIVE", "REFERENCES", "REINDEX", "RELEASE", "RENAME", "REPLACE", "RESET", "RESTRICT",
                "RETURNING", "RETURNS", "REVOKE", "RIGHT", "ROLE", "ROLLBACK", "ROW", "ROWS", "SAVEPOINT",
                "SCHEMA", "SELECT", "SEQUENCE", "SERIAL", "SESSION", "SESSION_USER", "SET", "SHOW",
                "SMALLINT", "SOME", "START", "STRICT", "TABLE", "TABLESPACE", "TEMP", "TEMPORARY", "TEXT",
                "THEN", "TIES", "TIME", "TIMESTAMP", "TIMESTAMPTZ", "TO", "TRAILING", "TRANSACTION",
                "TRIGGER", "TRUE", "TRUNCATE", "TYPE", "UNBOUNDED", "UNION", "UNIQUE", "UNLOGGED", "UPDATE",
                "USER", "USING", "VACUUM", "VALUES", "VARCHAR", "VARYING", "VIEW", "VOLATILE", "WHEN",
                "WHERE", "WINDOW", "WITH", "WITHIN", "WITHOUT", "WORK", "ZONE");
    }
}
