package dev.sextant.core.sql;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StatementRulesTest {

    @Test
    void recognisesStatementsThatCannotRunInATransactionBlock() {
        assertEquals(Optional.of("CREATE DATABASE"), StatementRules.outsideTransactionOnly("create database dq"));
        assertEquals(Optional.of("DROP DATABASE"), StatementRules.outsideTransactionOnly("-- bye\nDROP DATABASE IF EXISTS dq"));
        assertEquals(Optional.of("VACUUM"), StatementRules.outsideTransactionOnly("VACUUM (VERBOSE) notes"));
        assertEquals(Optional.of("ALTER SYSTEM"), StatementRules.outsideTransactionOnly("alter system set work_mem = '8MB'"));
        assertEquals(Optional.of("CREATE INDEX CONCURRENTLY"),
                StatementRules.outsideTransactionOnly("CREATE UNIQUE INDEX CONCURRENTLY i ON t (a)"));
        assertEquals(Optional.of("DROP INDEX CONCURRENTLY"), StatementRules.outsideTransactionOnly("drop index concurrently i"));
        assertEquals(Optional.of("REINDEX CONCURRENTLY"), StatementRules.outsideTransactionOnly("REINDEX TABLE CONCURRENTLY t"));
        assertEquals(Optional.empty(), StatementRules.outsideTransactionOnly("CREATE INDEX i ON t (a)"));
        assertEquals(Optional.empty(), StatementRules.outsideTransactionOnly("SELECT 'CREATE DATABASE x'"));
        assertEquals(Optional.empty(), StatementRules.outsideTransactionOnly("CREATE TABLE database (a int)"));
    }

    @Test
    void findsTheTargetOfAnUpdateOrDeleteWithoutWhere() {
        assertEquals(Optional.of("items"), StatementRules.unfilteredChangeTarget("update items set price = 0"));
        assertEquals(Optional.of("public.\"Order Lines\""),
                StatementRules.unfilteredChangeTarget("DELETE FROM public.\"Order Lines\""));
        assertEquals(Optional.of("t"), StatementRules.unfilteredChangeTarget("DELETE FROM ONLY t"));
        assertEquals(Optional.of("t"), StatementRules.unfilteredChangeTarget(
                "UPDATE t SET a = (SELECT max(b) FROM u WHERE u.id = 1)"), "a WHERE inside a subquery filters nothing");
        assertEquals(Optional.empty(), StatementRules.unfilteredChangeTarget("UPDATE t SET a = 1 WHERE id = 2"));
        assertEquals(Optional.empty(), StatementRules.unfilteredChangeTarget("delete from t where true"));
        assertEquals(Optional.empty(), StatementRules.unfilteredChangeTarget("SELECT * FROM t"));
        assertEquals(Optional.empty(), StatementRules.unfilteredChangeTarget("UPDATE t SET note = 'no WHERE here' WHERE id = 1"));
    }

    @Test
    void readsStringsAndCommentsAsTheSplitterDoes() {
        assertEquals(Optional.empty(), StatementRules.unfilteredChangeTarget("UPDATE t SET a = E'\\'' WHERE id = 1"),
                "E'\\'' is one quote character; the WHERE after it is real");
        assertEquals(Optional.of("t"), StatementRules.unfilteredChangeTarget("UPDATE t SET a = E'\\' WHERE id = 1'"),
                "this WHERE is inside the string");
        assertEquals(Optional.empty(), StatementRules.unfilteredChangeTarget("UPDATE t SET body = $$it's$$ WHERE id = 1"));
        assertEquals(Optional.of("t"), StatementRules.unfilteredChangeTarget("UPDATE t SET body = $f$ WHERE $f$"));
        assertEquals(Optional.of("t"), StatementRules.unfilteredChangeTarget(
                "DELETE FROM t /* outer /* inner */ WHERE id = 1 */"), "a nested comment hides its WHERE");
        assertEquals(Optional.empty(), StatementRules.unfilteredChangeTarget(
                "DELETE FROM t /* outer /* inner */ still comment */ WHERE id = 1"));
        assertEquals(Optional.of("CREATE DATABASE"), StatementRules.outsideTransactionOnly(
                "/* a /* nested */ comment */ CREATE DATABASE dq"));
    }

    @Test
    void aCqlCommentHidesItsWhereOnlyWhenReadAsCql() {
        String sql = "DELETE FROM t // WHERE id = 1";
        assertEquals(Optional.of("t"), StatementRules.unfilteredChangeTarget(sql, SqlDialect.CQL));
        assertEquals(Optional.empty(), StatementRules.unfilteredChangeTarget(sql), "in PostgreSQL // is an operator");
    }
}
