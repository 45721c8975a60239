package dev.sextant.core.sql;

import dev.sextant.core.sql.SqlToken.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the editor colours, piece by piece, on the cases a careless lexer gets wrong. */
class SqlTokensTest {

    /** Each token as "KIND:text", so a failure shows what was cut where. */
    private static List<String> lex(String sql) {
        return SqlTokens.of(sql).stream().map(t -> t.kind() + ":" + sql.substring(t.start(), t.end())).toList();
    }

    @Test
    void keywordsInAnyCaseIdentifiersNumbersAndPunctuation() {
        assertEquals(List.of("KEYWORD:select", "IDENTIFIER:name", "PUNCTUATION:,", "NUMBER:1.5e3",
                        "KEYWORD:From", "IDENTIFIER:users", "KEYWORD:WHERE", "IDENTIFIER:id", "OPERATOR:>=",
                        "NUMBER:.5", "PUNCTUATION:;"),
                lex("select name, 1.5e3 From users WHERE id >= .5;"));
    }

    @Test
    void aQuotedKeywordIsAnIdentifier() {
        assertEquals(List.of("KEYWORD:SELECT", "QUOTED_IDENTIFIER:\"select\"", "KEYWORD:FROM",
                "QUOTED_IDENTIFIER:\"my \"\"odd\"\" table\""), lex("SELECT \"select\" FROM \"my \"\"odd\"\" table\""));
    }

    @Test
    void escapeStringsKnowBackslashesAndPlainStringsDoubledQuotes() {
        assertEquals(List.of("KEYWORD:SELECT", "STRING:E'it\\'s'", "PUNCTUATION:,", "STRING:'it''s'",
                "PUNCTUATION:,", "STRING:'C:\\'", "PUNCTUATION:,", "IDENTIFIER:e"),
                lex("SELECT E'it\\'s', 'it''s', 'C:\\', e"));
    }

    @Test
    void aWordEndingInEIsNotAnEscapePrefix() {
        assertEquals(List.of("IDENTIFIER:name", "STRING:'x'"), lex("name'x'"));
    }

    @Test
    void dollarBodiesRunToTheirOwnTagAndAnotherTagInsideIsText() {
        String sql = "CREATE FUNCTION f() RETURNS text AS $f$ SELECT $$ -- not a comment; $$ $f$ LANGUAGE sql";
        assertEquals(List.of("KEYWORD:CREATE", "KEYWORD:FUNCTION", "IDENTIFIER:f", "PUNCTUATION:(", "PUNCTUATION:)",
                "KEYWORD:RETURNS", "KEYWORD:text", "KEYWORD:AS", "STRING:$f$ SELECT $$ -- not a comment; $$ $f$",
                "KEYWORD:LANGUAGE", "IDENTIFIER:sql"), lex(sql));
        assertEquals(List.of("KEYWORD:DO", "STRING:$$ BEGIN 'x'; END $$"), lex("DO $$ BEGIN 'x'; END $$"));
    }

    @Test
    void dollarDigitsAreParametersNotQuotes() {
        assertEquals(List.of("KEYWORD:SELECT", "PARAMETER:$1", "OPERATOR:+", "PARAMETER:$2", "IDENTIFIER:x$y"),
                lex("SELECT $1 + $2 x$y"));
    }

    @Test
    void everyPlaceholderFormIsColouredAsAParameterAndAPsqlLineAsOnePiece() {
        assertEquals(List.of("IDENTIFIER:a", "OPERATOR:=", "PARAMETER:?", "KEYWORD:AND", "IDENTIFIER:b", "OPERATOR:=",
                        "PARAMETER::who", "KEYWORD:AND", "IDENTIFIER:j", "OPERATOR:?|", "IDENTIFIER:k", "PUNCTUATION:;",
                        "PSQL_COMMAND:\\connect shop"),
                lex("a=? AND b = :who AND j ?| k;\n\\connect shop\n"));
    }

    @Test
    void blockCommentsNestAndLineCommentsStopAtTheLineEnd() {
        assertEquals(List.of("COMMENT:/* a /* b */ still */", "KEYWORD:SELECT", "COMMENT:-- to the end",
                        "NUMBER:1"),
                lex("/* a /* b */ still */ SELECT -- to the end\n1"));
    }

    @Test
    void anOperatorStopsWhereACommentStarts() {
        assertEquals(List.of("IDENTIFIER:a", "OPERATOR:=", "COMMENT:-- c", "NUMBER:1", "OPERATOR:::",
                "KEYWORD:int"), lex("a=-- c\n1::int"));
    }

    @Test
    void unterminatedStringsAndCommentsRunToTheEnd() {
        assertEquals(List.of("KEYWORD:SELECT", "STRING:'open"), lex("SELECT 'open"));
        assertEquals(List.of("COMMENT:/* open /* */"), lex("/* open /* */"));
        assertEquals(List.of("STRING:$a$ open"), lex("$a$ open"));
    }

    @Test
    void analysisPairsBracketsOutsideStringsAndFindsTokensAndStatements() {
        String sql = "SELECT max(length(')')) FROM t;\nSELECT (1";
        ScriptAnalysis a = ScriptAnalysis.of(sql);
        int open = sql.indexOf("max(") + 3;
        int close = sql.indexOf(") FROM");
        assertEquals(close, a.partnerOf(open));
        assertEquals(open, a.partnerOf(close));
        assertEquals(-1, a.partnerOf(sql.indexOf("')'") + 1), "the bracket in a string does not count");
        assertEquals(-1, a.partnerOf(sql.lastIndexOf('(')), "unmatched");
        assertEquals(Kind.STRING, a.tokenAt(sql.indexOf("')'") + 1).kind());
        assertNull(a.tokenAt(sql.indexOf(' ')));
        assertEquals("SELECT (1", a.statementAt(sql.length()).sql());
        assertEquals(ScriptSplitter.statementAt(sql, 5), a.statementAt(5));
    }
}
