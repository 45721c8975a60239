package dev.sextant.core.sql;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** psql meta-commands in a script: each its own item, with its line, never part of SQL. */
class ScriptSplitterMetaCommandTest {

    @Test
    void aMetaCommandLineIsItsOwnItemWithItsLine() {
        String script = "SET a = 1;\n\n\\connect shop\nCREATE TABLE t (id int);\n  \\dt\nSELECT 1;";
        List<SqlStatement> all = ScriptSplitter.split(script);
        assertEquals(List.of("SET a = 1", "\\connect shop", "CREATE TABLE t (id int)", "\\dt", "SELECT 1"),
                all.stream().map(SqlStatement::sql).toList());
        assertEquals(List.of(1, 3, 4, 5, 6), all.stream().map(SqlStatement::line).toList());
        assertTrue(all.get(1).isPsqlCommand());
        assertEquals("\\connect", all.get(1).psqlCommandName());
        assertEquals("\\dt", all.get(3).psqlCommandName());
        assertFalse(all.get(2).isPsqlCommand());
        assertEquals("", all.get(2).psqlCommandName());
        assertEquals(script.indexOf("\\connect"), all.get(1).start());
    }

    @Test
    void pgDumpsRestrictLinesAndAnUnterminatedStatementBeforeAMetaCommand() {
        String script = "\\restrict AbC123\nSELECT 1\n\\unrestrict AbC123\n";
        assertEquals(List.of("\\restrict AbC123", "SELECT 1", "\\unrestrict AbC123"),
                ScriptSplitter.split(script).stream().map(SqlStatement::sql).toList());
    }

    @Test
    void backslashesInsideStringsCommentsAndDollarQuotesAreNotMetaCommands() {
        String script = "SELECT E'a\n\\dt\n';\nSELECT $$\n\\connect x\n$$;\n/*\n\\i file\n*/ SELECT 'x\n\\q';";
        List<SqlStatement> all = ScriptSplitter.split(script);
        assertEquals(3, all.size(), all.toString());
        assertTrue(all.stream().noneMatch(SqlStatement::isPsqlCommand));
    }
}
