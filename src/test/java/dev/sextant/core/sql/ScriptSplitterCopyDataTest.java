package dev.sextant.core.sql;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Inline {@code COPY … FROM stdin;} data up to {@code \.}, as pg_dump writes it, stays with its COPY. */
class ScriptSplitterCopyDataTest {

    @Test
    void rowsWithQuotesSemicolonsAndCommentMarksAreDataNotStatements() {
        String script = "COPY t (a, b) FROM stdin;\n1\tit's; -- not /* SQL\n2\t\\N\n\\.\nSELECT 'after';\n";
        List<SqlStatement> statements = ScriptSplitter.split(script);
        assertEquals(List.of("COPY t (a, b) FROM stdin", "SELECT 'after'"), statements.stream().map(SqlStatement::sql).toList());
        assertEquals("1\tit's; -- not /* SQL\n2\t\\N\n", statements.get(0).copyData());
        assertEquals(5, statements.get(1).line());
        assertNull(statements.get(1).copyData());
    }

    @Test
    void aCopyWithNoTerminatorBelowKeepsTheLinesBelowAsSql() {
        List<SqlStatement> statements = ScriptSplitter.split("COPY t FROM STDIN;\nSELECT 2;");
        assertEquals(2, statements.size());
        assertNull(statements.get(0).copyData());
    }

    @Test
    void sqliteHasNoInlineCopyData() {
        List<SqlStatement> statements = ScriptSplitter.split("COPY t FROM STDIN;\n1\n\\.\n", SqlDialect.SQLITE);
        assertNull(statements.get(0).copyData());
    }
}
