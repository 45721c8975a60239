package dev.sextant.core.format;

import dev.sextant.core.connect.Engine;
import dev.sextant.core.sql.SqlDialect;
import com.github.vertical_blank.sqlformatter.SqlFormatter;
import com.github.vertical_blank.sqlformatter.languages.Dialect;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Formatting examples a user would try, each checked for what they would see. */
class SqlFormattingTest {

    @Test
    void aOneLineJoinIsLaidOutOnSeveralLines() {
        String sql = "select c.name, sum(i.total) from customer c join invoice i on i.customer_id = c.id where i.total > 10 group by c.name";
        FormatResult.Formatted done = assertInstanceOf(FormatResult.Formatted.class, SqlFormatting.format(sql, Engine.POSTGRESQL));
        assertTrue(done.text().lines().count() > 4, done.text());
        assertEquals(sql.replaceAll("\\s+", ""), done.text().replaceAll("\\s+", ""));
    }

    @Test
    void whiteSpaceAroundTheSelectionStays() {
        FormatResult.Formatted done = assertInstanceOf(FormatResult.Formatted.class,
                SqlFormatting.format("\n  select 1 from t\n\n", Engine.SQLITE));
        assertTrue(done.text().startsWith("\n  select"), done.text());
        assertTrue(done.text().endsWith("t\n\n"), done.text());
    }

    @Test
    void postgresOperatorsCastsDollarBodiesAndCommentsComeThroughVerbatim() {
        String[][] cases = {
            {"select data #>> '{a,b}' as x, data @? '$.a' from docs where id::text = '1'", "data #>> '{a,b}' as x", "id::text = '1'"},
            {"select '1'::int, now()::timestamptz(3) from t", "'1'::int", "now()::timestamptz(3)"},
            {"create function f() returns int language sql as $$ select 1;   select  2 $$", "$$ select 1;   select  2 $$", ""},
            {"select 1 -- keep   this   comment\n from t /* and  /* nested */ this */ where a ~* 'x'",
                "-- keep   this   comment\n", "/* and  /* nested */ this */"},
            {"select $body$ it's;  here $body$, E'a\\'b', \"Mixed Case\" from t where x = $1", "E'a\\'b'", "$body$ it's;  here $body$"},
        };
        for (String[] example : cases) {
            FormatResult.Formatted done = assertInstanceOf(FormatResult.Formatted.class,
                    SqlFormatting.format(example[0], Engine.POSTGRESQL), example[0]);
            assertTrue(done.text().contains(example[1]) && done.text().contains(example[2]), done.text());
            assertTrue(example[0].startsWith("create") || done.text().lines().count() > 1, done.text());
        }
    }

    @Test
    void theLibraryAloneBreaksPostgresOperatorsAndTheTokenCheckSeesIt() {
        String sql = "select data #>> '{a}' from t where b = 1";
        String raw = SqlFormatter.of(Dialect.PostgreSql).format(sql);
        assertEquals("“#>>” on line 1", SqlFormatting.firstChange(sql, raw, SqlDialect.POSTGRESQL), raw);
    }

    @Test
    void aRefusalNamesTheTokenThatWouldChange() {
        String change = SqlFormatting.firstChange("select a #>> b\nfrom t", "select a # >> b\nfrom t", SqlDialect.POSTGRESQL);
        assertEquals("“#>>” on line 1", change);
        assertEquals("“?” on line 1", SqlFormatting.firstChange("select a @? b", "select a @ ? b", SqlDialect.POSTGRESQL),
                "the lexer reads @? as @ then a placeholder: moving them apart must still count as a change");
        assertEquals(null, SqlFormatting.firstChange("select a\nfrom t", "SELECT a FROM t", SqlDialect.POSTGRESQL));
    }
}
