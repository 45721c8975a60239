package dev.sextant.core.sql;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ScriptSplitterTest {

    private static List<String> sqls(String script) {
        return ScriptSplitter.split(script).stream().map(SqlStatement::sql).toList();
    }

    @Test
    void splitsOnSemicolonsAndTrims() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), sqls("SELECT 1;\n  SELECT 2 ;\n"));
    }

    @Test
    void semicolonsInsideQuotesDoNotSplit() {
        assertEquals(List.of("SELECT 'a;b', \"c;d\"", "SELECT 'it''s; fine'"),
                sqls("SELECT 'a;b', \"c;d\"; SELECT 'it''s; fine';"));
    }

    @Test
    void escapeStringsHonourBackslashes() {
        assertEquals(List.of("SELECT E'don\\'t; stop'", "SELECT 2"), sqls("SELECT E'don\\'t; stop'; SELECT 2"));
        // In a plain string a backslash is an ordinary character.
        assertEquals(List.of("SELECT 'C:\\'", "SELECT 3"), sqls("SELECT 'C:\\'; SELECT 3"));
    }

    @Test
    void dollarQuotedBodiesStayWhole() {
        String fn = """
                CREATE FUNCTION f() RETURNS int AS $body$
                BEGIN
                  RAISE NOTICE 'a;b';
                  RETURN $$;$$::text = ';';
                END;
                $body$ LANGUAGE plpgsql""";
        assertEquals(List.of(fn, "SELECT f()"), sqls(fn + ";\nSELECT f();"));
    }

    @Test
    void positionalParametersAreNotDollarQuotes() {
        assertEquals(List.of("SELECT $1, $2", "SELECT 1"), sqls("SELECT $1, $2; SELECT 1"));
    }

    @Test
    void commentsHideSemicolonsAndCommentOnlyPiecesAreDropped() {
        String script = "-- first; still comment\nSELECT 1; /* outer /* nested; */ still; */ SELECT 2;\n-- trailing;\n";
        assertEquals(List.of("-- first; still comment\nSELECT 1", "/* outer /* nested; */ still; */ SELECT 2"),
                sqls(script));
    }

    @Test
    void sqliteTriggerBodiesKeepTheirSemicolons() {
        String trigger = """
                CREATE TRIGGER log_insert AFTER INSERT ON notes
                BEGIN
                  INSERT INTO log VALUES (new.id, CASE WHEN new.title = '' THEN 'empty' ELSE 'ok' END);
                  UPDATE counts SET n = n + 1;
                END""";
        assertEquals(List.of(trigger, "SELECT 1"), sqls(trigger + ";\nSELECT 1;"));
    }

    @Test
    void beginAtomicFunctionBodiesStayWhole() {
        String fn = "CREATE FUNCTION one() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END";
        assertEquals(List.of(fn, "SELECT one()"), sqls(fn + "; SELECT one();"));
    }

    @Test
    void aPlainBeginIsItsOwnStatement() {
        assertEquals(List.of("BEGIN", "INSERT INTO t VALUES (1)", "COMMIT"), sqls("BEGIN; INSERT INTO t VALUES (1); COMMIT;"));
    }

    @Test
    void offsetsPointIntoTheScript() {
        String script = "SELECT 1;\n\nSELECT 22;";
        List<SqlStatement> all = ScriptSplitter.split(script);
        assertEquals("SELECT 22", script.substring(all.get(1).start(), all.get(1).end()));
    }

    @Test
    void statementAtCaretPicksTheOneTheCaretIsIn() {
        String script = "SELECT 1;\n\nSELECT 2;\nSELECT 3";
        assertEquals("SELECT 1", ScriptSplitter.statementAt(script, 3).sql());
        assertEquals("SELECT 1", ScriptSplitter.statementAt(script, 9).sql(), "just after the semicolon");
        assertEquals("SELECT 2", ScriptSplitter.statementAt(script, script.indexOf("2")).sql());
        assertEquals("SELECT 3", ScriptSplitter.statementAt(script, script.length()).sql());
        assertNull(ScriptSplitter.statementAt("  -- nothing\n", 3));
    }
}
