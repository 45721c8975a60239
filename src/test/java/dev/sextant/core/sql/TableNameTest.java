package dev.sextant.core.sql;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableNameTest {

    @Test
    void findsTheTableAStatementWritesAndHow() {
        assertEquals(Optional.of(Map.entry("items", "INSERT")), StatementRules.writtenTable("insert into items(a) values (1)"));
        assertEquals(Optional.of(Map.entry("t", "INSERT")), StatementRules.writtenTable("INSERT OR REPLACE INTO t VALUES (1)"));
        assertEquals(Optional.of(Map.entry("public.\"Order Lines\"", "UPDATE")),
                StatementRules.writtenTable("-- fix\nUPDATE ONLY public.\"Order Lines\" AS o SET n = 1"));
        assertEquals(Optional.of(Map.entry("items", "DELETE")), StatementRules.writtenTable("delete from items where id = 1"));
        assertEquals(Optional.of(Map.entry("items", "INSERT")), StatementRules.writtenTable("COPY items (a) FROM STDIN"));
        assertTrue(StatementRules.writtenTable("COPY items TO STDOUT").isEmpty());
        assertTrue(StatementRules.writtenTable("with x as (delete from a returning *) insert into b select * from x").isEmpty());
        assertTrue(StatementRules.writtenTable("select 'delete from t'").isEmpty());
    }

    @Test
    void readsNamesAsPostgresFoldsThemAndQuotesThemBack() {
        TableName name = TableName.read("Public.\"Order \"\"Lines\"\"\"").orElseThrow();
        assertEquals(List.of("public", "Order \"Lines\""), name.parts());
        assertEquals("\"public\".\"Order \"\"Lines\"\"\"", name.quoted());
        assertTrue(TableName.read("items; drop table x").isEmpty());
        assertTrue(TableName.read("a.").isEmpty());
    }
}
