package dev.sextant.core.sql;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How each dialect's facts change the pieces: the cases where PostgreSQL, SQLite and CQL part ways. */
class SqlLexerTest {

    /** Each piece as "KIND:text", so a failure shows what was cut where. */
    private static List<String> lex(String sql, SqlDialect dialect) {
        return SqlLexer.lex(sql, dialect).stream().map(l -> l.kind() + ":" + l.text(sql)).toList();
    }

    @Test
    void cqlHasSlashSlashCommentsAndDoubleDollarStrings() {
        assertEquals(List.of("WORD:SELECT", "NUMBER:1", "LINE_COMMENT:// it's; not code", "SEMICOLON:;"),
                lex("SELECT 1 // it's; not code\n;", SqlDialect.CQL));
        assertEquals(List.of("WORD:AS", "CQL_DOLLAR_STRING:$$ return 'a;b'; $$", "SEMICOLON:;"),
                lex("AS $$ return 'a;b'; $$;", SqlDialect.CQL));
        assertEquals(List.of("WORD:a", "OPERATOR:=", "PLACEHOLDER::who", "WORD:AND", "WORD:b", "OPERATOR:=",
                "PLACEHOLDER:?"), lex("a = :who AND b = ?", SqlDialect.CQL));
    }

    @Test
    void inPostgresqlSlashSlashIsAnOperatorAndDollarTagsQuote() {
        assertEquals(List.of("WORD:a", "OPERATOR://", "WORD:b"), lex("a // b", SqlDialect.POSTGRESQL));
        assertEquals(List.of("DOLLAR_STRING:$f$ ; $$ ' $f$", "PLACEHOLDER:$1"), lex("$f$ ; $$ ' $f$ $1", SqlDialect.POSTGRESQL));
    }

    @Test
    void postgresqlNestsBlockCommentsAndSqliteDoesNot() {
        String sql = "/* a /* b */ c */ d";
        assertEquals(List.of("BLOCK_COMMENT:/* a /* b */ c */", "WORD:d"), lex(sql, SqlDialect.POSTGRESQL));
        assertEquals(List.of("BLOCK_COMMENT:/* a /* b */", "WORD:c", "OPERATOR:*/", "WORD:d"), lex(sql, SqlDialect.SQLITE));
    }

    @Test
    void sqliteQuotesIdentifiersWithBracketsAndBackticksAndHasNoEscapeStrings() {
        assertEquals(List.of("WORD:SELECT", "QUOTED_IDENTIFIER:[my col]", "PUNCTUATION:,",
                        "QUOTED_IDENTIFIER:`a``b`", "PUNCTUATION:,", "WORD:E", "PLAIN_STRING:'\\'", "PUNCTUATION:,",
                        "PLAIN_STRING:X'0f'"),
                lex("SELECT [my col], `a``b`, E'\\', X'0f'", SqlDialect.SQLITE));
        assertEquals(List.of("WORD:a", "PUNCTUATION:[", "NUMBER:1", "PUNCTUATION:]"), lex("a[1]", SqlDialect.POSTGRESQL));
    }

    @Test
    void escapeStringsKnowBackslashesInPostgresql() {
        assertEquals(List.of("WORD:SET", "WORD:a", "OPERATOR:=", "ESCAPE_STRING:E'\\''", "WORD:WHERE"),
                lex("SET a = E'\\'' WHERE", SqlDialect.POSTGRESQL));
    }

    @Test
    void aBackslashStartingALineIsAPsqlCommandOnlyInPostgresqlScripts() {
        String sql = "SELECT 1;\n  \\connect shop \r\nSELECT '\n\\x'";
        assertEquals(List.of("WORD:SELECT", "NUMBER:1", "SEMICOLON:;", "PSQL_COMMAND:\\connect shop", "WORD:SELECT",
                "PLAIN_STRING:'\n\\x'"), lex(sql, SqlDialect.POSTGRESQL));
        assertEquals(List.of("OTHER:\\", "WORD:dt"), lex("\\dt", SqlDialect.SQLITE));
        assertEquals(List.of("PLAIN_STRING:'x'", "OTHER:\\", "WORD:dt"), lex("'x' \\dt", SqlDialect.POSTGRESQL));
    }

    @Test
    void placeholdersAreCutOutOfOperatorRunsButCastsSlicesAndJsonbOperatorsAreNot() {
        assertEquals(List.of("WORD:a", "OPERATOR:=", "PLACEHOLDER::b", "WORD:x", "OPERATOR:::", "WORD:int",
                        "WORD:a", "PUNCTUATION:[", "WORD:lo", "OPERATOR::", "WORD:hi", "PUNCTUATION:]", "WORD:j",
                        "OPERATOR:?|", "WORD:k", "OPERATOR:<", "PLACEHOLDER:?"),
                lex("a=:b x::int a[lo:hi] j ?| k<?", SqlDialect.POSTGRESQL));
    }
}
