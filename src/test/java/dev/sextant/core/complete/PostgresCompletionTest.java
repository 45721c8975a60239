package dev.sextant.core.complete;

import dev.sextant.core.complete.Suggestion.Kind;
import dev.sextant.core.postgres.PostgresCatalog;
import dev.sextant.core.pool.ConnectionPools;
import dev.sextant.core.task.ImmediateRunner;
import dev.sextant.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static dev.sextant.core.complete.AtCaret.complete;
import static dev.sextant.core.complete.AtCaret.insertFor;
import static dev.sextant.core.complete.AtCaret.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Completion on the suite's PostgreSQL: its catalog read through the pool, statements as people type them. */
class PostgresCompletionTest {

    private static final String DATABASE = "completion";
    private static ConnectionPools pools;
    private static CatalogCache cache;

    @BeforeAll
    static void createTables() throws SQLException {
        TestPostgres pg = TestPostgres.get();
        pg.recreateDatabase(DATABASE);
        execute("CREATE TABLE invoice (id int PRIMARY KEY, customer text, total numeric(10,2))",
                "CREATE TABLE invoice_line (id int, invoice_id int REFERENCES invoice, line_no int, amount numeric)",
                "CREATE TABLE track (id int, title text, \"Length ms\" bigint)",
                "CREATE TABLE \"Mixed Case\" (\"Id\" int, note text)",
                "CREATE TABLE \"order\" (id int)",
                "CREATE SCHEMA shop",
                "CREATE TABLE shop.orders (id int, item text)",
                "CREATE VIEW big_invoice AS SELECT id, total FROM invoice WHERE total > 100",
                "CREATE FUNCTION invoice_total(i int) RETURNS numeric LANGUAGE sql AS 'SELECT 1::numeric'");
        pools = new ConnectionPools();
        cache = new CatalogCache(new PostgresCatalog(pools, pg.endpoint(DATABASE)).completionSource(), new ImmediateRunner());
        cache.load();
        assertNotNull(cache.current(), () -> "the catalog was not read: " + cache.failure());
    }

    private static void execute(String... sql) throws SQLException {
        try (Connection c = TestPostgres.get().connect(DATABASE); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    @AfterAll
    static void closePools() {
        pools.close();
    }

    private static Catalog catalog() {
        return cache.current();
    }

    @Test
    void tablesStartingWithWhatWasTypedComeFirstShortestFirst() {
        List<String> found = labels(catalog(), "SELECT * FROM inv‸");
        assertEquals(List.of("invoice", "invoice_line"), found.subList(0, 2));
        assertFalse(found.contains("track"), "track does not match inv");
    }

    @Test
    void theReplacedTextIsTheTypedWord() {
        Completions c = complete(catalog(), "SELECT 1;\nSELECT * FROM inv‸");
        assertEquals("SELECT 1;\nSELECT * FROM ".length(), c.replaceStart());
        assertEquals(c.replaceStart() + 3, c.replaceEnd());
    }

    @Test
    void anAliasGivesItsTablesColumnsEvenBeforeItsFromIsWritten() {
        assertEquals(List.of("id", "title", "Length ms"), labels(catalog(), "SELECT t.‸ FROM track t"));
        assertEquals("\"Length ms\"", insertFor(catalog(), "SELECT t.‸ FROM track t", "Length ms"));
        assertEquals("bigint", complete(catalog(), "SELECT t.‸ FROM track t").items().get(2).detail());
    }

    @Test
    void cteColumnsComeFromItsSelectListWithTheirTypes() {
        String sql = "WITH big AS (SELECT id AS invoice_no, total FROM invoice WHERE total > 10) SELECT b.‸ FROM big b";
        assertEquals(List.of("invoice_no", "total"), labels(catalog(), sql));
        assertEquals("numeric(10,2)", complete(catalog(), sql).items().get(1).detail());
        assertTrue(labels(catalog(), "WITH big AS (SELECT 1 AS n) SELECT * FROM b‸").contains("big"));
    }

    @Test
    void aCteWithAColumnListAndARecursiveOne() {
        String sql = "WITH RECURSIVE n(depth, label) AS (SELECT 1, 'a' UNION ALL SELECT depth + 1, label FROM n) "
                + "SELECT n.‸ FROM n";
        assertEquals(List.of("depth", "label"), labels(catalog(), sql));
    }

    @Test
    void aSubqueryAliasGivesItsStarAndItsNamedColumns() {
        String sql = "SELECT s.‸ FROM (SELECT i.*, 1 AS one FROM invoice i) AS s";
        assertEquals(List.of("id", "customer", "total", "one"), labels(catalog(), sql));
    }

    @Test
    void inASelectListTheColumnsInScopeComeBeforeFunctionsAndKeywords() {
        List<String> found = labels(catalog(), "SELECT to‸ FROM invoice");
        assertEquals("total", found.get(0));
        assertTrue(found.contains("to_char"), "functions are offered too");
        List<Suggestion> all = complete(catalog(), "SELECT ‸ FROM invoice i JOIN track t ON t.id = i.id").items();
        assertEquals(Kind.COLUMN, all.get(0).kind());
        assertTrue(all.stream().limit(6).allMatch(s -> s.kind() == Kind.COLUMN), all.subList(0, 6)::toString);
    }

    @Test
    void usingAndNaturalJoinShowASharedColumnOnce() {
        List<String> using = labels(catalog(), "SELECT ‸ FROM invoice JOIN invoice_line USING (id)", Kind.COLUMN);
        assertEquals(1, using.stream().filter("id"::equals).count(), using::toString);
        assertTrue(using.containsAll(List.of("customer", "amount")), using::toString);
        List<String> natural = labels(catalog(), "SELECT ‸ FROM invoice NATURAL JOIN invoice_line", Kind.COLUMN);
        assertEquals(1, natural.stream().filter("id"::equals).count(), natural::toString);
        assertEquals(List.of("id"), labels(catalog(), "SELECT * FROM invoice JOIN invoice_line USING (‸"),
                "inside USING: the columns both tables have");
    }

    @Test
    void quotedNamesAreFoundAndInsertedQuoted() {
        assertEquals("\"Mixed Case\"", insertFor(catalog(), "SELECT * FROM mix‸", "Mixed Case"));
        assertEquals("\"Mixed Case\"", insertFor(catalog(), "SELECT * FROM \"Mix‸", "Mixed Case"));
        assertEquals(List.of("Id", "note"), labels(catalog(), "SELECT m.‸ FROM \"Mixed Case\" m"));
        assertEquals("\"Id\"", insertFor(catalog(), "SELECT m.‸ FROM \"Mixed Case\" m", "Id"));
        assertEquals("\"order\"", insertFor(catalog(), "SELECT * FROM ord‸", "order"), "a reserved word is quoted");
        assertEquals("invoice", insertFor(catalog(), "SELECT * FROM inv‸", "invoice"), "a plain name is not");
    }

    @Test
    void aSchemaQualifiedPrefixListsThatSchemasTables() {
        assertEquals(List.of("orders"), labels(catalog(), "SELECT * FROM shop.or‸"));
        assertEquals("shop.orders", insertFor(catalog(), "SELECT * FROM ord‸", "shop.orders"));
        assertEquals(List.of("id", "item"), labels(catalog(), "SELECT shop.orders.‸ FROM shop.orders"));
        assertTrue(labels(catalog(), "SELECT * FROM sh‸", Kind.SCHEMA).contains("shop"));
    }

    @Test
    void anUnparsableStatementStillHasItsScope() {
        String broken = "SELECT i.total, l.‸ FROM invoice i JOIN invoice_line l ON (i.id = , WHERE ((";
        assertEquals(List.of("id", "amount", "line_no", "invoice_id"), labels(catalog(), broken).subList(0, 4)
                .stream().sorted((a, b) -> a.length() - b.length()).toList());
        assertTrue(labels(catalog(), "SELECT FROM FROM WHERE ) t.‸ FROM track t").contains("title"));
    }

    @Test
    void viewsAndFunctionsShowTheirKindAndType() {
        Suggestion view = complete(catalog(), "SELECT * FROM big‸").items().get(0);
        assertEquals("big_invoice", view.label());
        assertEquals(Kind.VIEW, view.kind());
        Suggestion function = complete(catalog(), "SELECT invoice_tot‸").items().stream()
                .filter(s -> s.kind() == Kind.FUNCTION).findFirst().orElseThrow();
        assertEquals("(i integer) → numeric", function.detail());
    }

    @Test
    void keywordsComeFromTheServerAndFollowTheTypedCase() {
        assertEquals("where", insertFor(catalog(), "SELECT * FROM invoice whe‸", "WHERE"));
        assertEquals("WHERE", insertFor(catalog(), "SELECT * FROM invoice WHE‸", "WHERE"));
    }

    @Test
    void ddlInTheTabRefreshesTheCache() throws SQLException {
        execute("CREATE TABLE invoice_archive (id int)");
        assertFalse(labels(catalog(), "SELECT * FROM invoice_a‸").contains("invoice_archive"));
        cache.noticeStatement("SELECT 1");
        assertFalse(labels(catalog(), "SELECT * FROM invoice_a‸").contains("invoice_archive"), "a query changes no names");
        cache.noticeStatement("create table invoice_archive (id int)");
        assertEquals(List.of("invoice_archive"), labels(catalog(), "SELECT * FROM invoice_a‸"));
    }
}
