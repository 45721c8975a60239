package dev.sextant.core.sql;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CommandNameTest {

    @Test
    void namesTheCommandAsPeopleSayIt() {
        assertEquals("INSERT", CommandName.of("insert into t values (1)"));
        assertEquals("CREATE TABLE", CommandName.of("-- make it\ncreate table t (a int)"));
        assertEquals("CREATE FUNCTION", CommandName.of("CREATE OR REPLACE FUNCTION f()"));
        assertEquals("CREATE INDEX", CommandName.of("/* x */ CREATE UNIQUE INDEX i ON t(a)"));
        assertEquals("DROP TABLE", CommandName.of("drop table if exists t"));
        assertEquals("STATEMENT", CommandName.of("-- only a comment"));
    }

    @Test
    void nestedCommentsBeforeTheCommandAreSkippedWhole() {
        assertEquals("SELECT", CommandName.of("/* outer /* inner */ still comment */ SELECT 1"));
        assertEquals("DELETE", CommandName.of("-- why\n/* a /* b */ c */ -- more\ndelete from t"));
    }

    @Test
    void cqlCommentsAndStringsAreReadByCqlRules() {
        assertEquals("CREATE FUNCTION", CommandName.of("// a CQL comment\nCREATE FUNCTION f() AS $$ x $$", SqlDialect.CQL));
        assertEquals("INSERT", CommandName.of("INSERT INTO t (a) VALUES ($$ DELETE; $$)", SqlDialect.CQL));
    }
}
