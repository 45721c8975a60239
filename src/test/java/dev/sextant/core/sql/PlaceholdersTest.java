package dev.sextant.core.sql;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceholdersTest {

    @Test
    void namedPlaceholdersBecomeQuestionMarksAndARepeatedNameIsAskedOnce() {
        Placeholders p = Placeholders.of("SELECT * FROM t WHERE a = :who OR b = :who AND c = :limit_1");
        assertEquals(List.of(":who", ":limit_1"), p.names());
        assertEquals("SELECT * FROM t WHERE a = ? OR b = ? AND c = ?", p.jdbcSql());
        assertEquals(List.of("x", "x", "9"), p.inJdbcOrder(List.of("x", "9")));
    }

    @Test
    void dollarNumbersAreRewrittenInOrderOfUseWithTheRightValueEachTime() {
        Placeholders p = Placeholders.of("SELECT $2, $1, $2 + 1");
        assertEquals(List.of("$1", "$2"), p.names(), "listed by number");
        assertEquals("SELECT ?, ?, ? + 1", p.jdbcSql());
        assertEquals(List.of("two", "one", "two"), p.inJdbcOrder(List.of("one", "two")));
    }

    @Test
    void questionMarksAreKeptAndEachIsItsOwnValue() {
        Placeholders p = Placeholders.of("INSERT INTO t VALUES (?, ?)");
        assertEquals(List.of("?1", "?2"), p.names());
        assertEquals("INSERT INTO t VALUES (?, ?)", p.jdbcSql());
        assertEquals(List.of("a", "b"), p.inJdbcOrder(List.of("a", "b")));
    }

    @Test
    void castsAssignmentsAndSlicesAreNotParameters() {
        for (String sql : List.of("SELECT x::int, y :: text FROM t", "DO $$ BEGIN x := 1; END $$",
                "SELECT a[lo:hi] FROM t", "SELECT a[1:2] FROM t", "SELECT '{}'::jsonb ?| array['a'], b ?& c",
                "SELECT price$1 FROM t")) {
            Placeholders p = Placeholders.of(sql);
            assertTrue(p.isEmpty(), sql + " -> " + p.names());
            assertEquals(sql, p.jdbcSql());
        }
    }

    @Test
    void nothingInsideStringsIdentifiersCommentsOrDollarQuotesCounts() {
        String sql = "SELECT ':a ? $1', E'\\' :b', \"col:c?\" -- :d ?\n"
                + "/* :e /* $1 */ ? */ , $f$ :g $1 ? $f$, :real";
        Placeholders p = Placeholders.of(sql);
        assertEquals(List.of(":real"), p.names());
        assertEquals(sql.replace(":real", "?"), p.jdbcSql());
    }

    @Test
    void aFunctionBodysDollarOneIsInsideItsDollarQuote() {
        String sql = "CREATE FUNCTION add1(int) RETURNS int AS $$ SELECT $1 + 1 $$ LANGUAGE sql";
        assertTrue(Placeholders.of(sql).isEmpty());
    }

    @Test
    void aSqlStandardBodysArgumentsAreTheFunctionsOwnNotParameters() {
        // As pg_dump writes a function with unnamed arguments: the $1 stands outside any quote.
        for (String sql : List.of(
                "CREATE FUNCTION ledger.times(numeric, integer) RETURNS numeric\n    LANGUAGE sql IMMUTABLE\n"
                        + "    BEGIN ATOMIC\n SELECT ($1 * ($2)::numeric);\nEND",
                "create or replace function f(jsonb) returns boolean return $1 ? 'key'",
                "/* made by hand */ CREATE PROCEDURE p(int) BEGIN ATOMIC INSERT INTO t VALUES ($1); END")) {
            Placeholders p = Placeholders.of(sql);
            assertTrue(p.isEmpty(), sql + " -> " + p.names());
            assertEquals(sql, p.jdbcSql());
        }
    }

    @Test
    void otherStatementsAboutFunctionsStillHaveTheirs() {
        assertEquals(List.of("$1"), Placeholders.of("SELECT ledger.times($1, 3)").names());
        assertEquals(List.of(":code"), Placeholders.of("CALL ledger.close_account(:code)").names());
    }

    @Test
    void theWrongNumberOfValuesIsRefused() {
        Placeholders p = Placeholders.of("SELECT :a, :b");
        assertThrows(IllegalArgumentException.class, () -> p.inJdbcOrder(List.of("only one")));
    }
}
