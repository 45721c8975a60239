package dev.sextant.core.sql;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryWrapTest {

    @Test
    void wrapsAQueryWithoutItsTrailingSemicolonAndComments() {
        assertEquals("SELECT * FROM (\nselect * from t\n) AS q\nORDER BY \"a\"",
                QueryWrap.wrap("select * from t; -- all of them\n/* done */ ;", "ORDER BY \"a\""));
        // a comment inside stays, and its line ends before the closing parenthesis
        assertEquals("SELECT * FROM (\n-- why\nselect 1 -- one\n, 2\n) AS q",
                QueryWrap.wrap("-- why\nselect 1 -- one\n, 2 -- two", ""));
    }

    @Test
    void semicolonsAndKeywordsInStringsAndCommentsAreNotTheStatements() {
        assertTrue(QueryWrap.refusal("select ';', $$ for update $$, 'into' -- ; drop table t\n").isEmpty());
        assertTrue(QueryWrap.refusal("select \"for\" from t").isEmpty());
    }

    @Test
    void acceptsPlainQueries() {
        assertTrue(QueryWrap.refusal("SELECT * FROM t WHERE a = ?").isEmpty());
        assertTrue(QueryWrap.refusal("with x as (select 1) select * from x").isEmpty());
        assertTrue(QueryWrap.refusal("values (1), (2)").isEmpty());
        assertTrue(QueryWrap.refusal("TABLE t").isEmpty());
        assertTrue(QueryWrap.refusal("(select 1) union (select 2)").isEmpty());
        assertTrue(QueryWrap.refusal("select * from t where id in (select id from u for update)").isEmpty(),
                "a lock in a subquery is the subquery's own");
    }

    @Test
    void refusesWhatCannotBeRunAgainInsideAQuery() {
        assertTrue(QueryWrap.refusal("update t set a = 1 returning *").orElseThrow().contains("this is UPDATE"));
        assertTrue(QueryWrap.refusal("show search_path").isPresent());
        assertTrue(QueryWrap.refusal("select * from t for update").orElseThrow().contains("FOR UPDATE"));
        assertTrue(QueryWrap.refusal("select * from t FOR NO KEY UPDATE;").orElseThrow().contains("locks rows"));
        assertTrue(QueryWrap.refusal("select * into copy_of_t from t").orElseThrow().contains("SELECT INTO"));
        assertTrue(QueryWrap.refusal("with gone as (delete from t returning *) select * from gone")
                .orElseThrow().contains("change it again"));
        assertTrue(QueryWrap.refusal("select 1; select 2").orElseThrow().contains("several statements"));
        assertTrue(QueryWrap.refusal("  -- nothing\n").isPresent());
    }
}
