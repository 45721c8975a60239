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
}
