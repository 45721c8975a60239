package dev.sextant.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The editor's colouring of SQL text, read from {@link SqlLexer}'s pieces: keywords (any case),
 * identifiers and quoted ones, strings of every kind, comments, numbers, placeholders, operators
 * and punctuation. White space and characters SQL gives no meaning get no token. Never fails:
 * any text gives some tokens, so a half-typed script still colours.
 */
public final class SqlTokens {

    private SqlTokens() {
    }

    /** The tokens of {@code text} by PostgreSQL's rules, in order, none overlapping. */
    public static List<SqlToken> of(String text) {
        return of(text, SqlDialect.POSTGRESQL);
    }

    /** The tokens of {@code text} by {@code dialect}'s rules. */
    public static List<SqlToken> of(String text, SqlDialect dialect) {
        return from(text, SqlLexer.lex(text, dialect));
    }

    /** The tokens of {@code text}, whose pieces the lexer has already cut. */
    static List<SqlToken> from(String text, List<Lexeme> lexemes) {
        List<SqlToken> tokens = new ArrayList<>(lexemes.size());
        for (Lexeme lexeme : lexemes) {
            SqlToken.Kind kind = kindOf(text, lexeme);
            if (kind != null) {
                tokens.add(new SqlToken(kind, lexeme.start(), lexeme.end()));
            }
        }
        return tokens;
    }

    private static SqlToken.Kind kindOf(String text, Lexeme lexeme) {
        return switch (lexeme.kind()) {
            case WORD -> SqlKeywords.ALL.contains(lexeme.text(text).toUpperCase(Locale.ROOT))
                    ? SqlToken.Kind.KEYWORD : SqlToken.Kind.IDENTIFIER;
            case QUOTED_IDENTIFIER -> SqlToken.Kind.QUOTED_IDENTIFIER;
            case PLAIN_STRING, ESCAPE_STRING, DOLLAR_STRING, CQL_DOLLAR_STRING -> SqlToken.Kind.STRING;
            case LINE_COMMENT, BLOCK_COMMENT -> SqlToken.Kind.COMMENT;
            case NUMBER -> SqlToken.Kind.NUMBER;
            case PLACEHOLDER -> SqlToken.Kind.PARAMETER;
            case OPERATOR -> SqlToken.Kind.OPERATOR;
            case SEMICOLON, PUNCTUATION -> SqlToken.Kind.PUNCTUATION;
            case PSQL_COMMAND -> SqlToken.Kind.PSQL_COMMAND;
            case OTHER -> null; // leave it uncoloured
        };
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
