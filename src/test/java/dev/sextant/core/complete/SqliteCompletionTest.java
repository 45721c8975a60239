package dev.sextant.core.complete;

import dev.sextant.core.complete.Suggestion.Kind;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.sqlite.SqliteCatalog;
import dev.sextant.core.pool.ConnectionPools;
import dev.sextant.core.task.ImmediateRunner;
import dev.sextant.testsupport.SqliteFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static dev.sextant.core.complete.AtCaret.complete;
import static dev.sextant.core.complete.AtCaret.insertFor;
import static dev.sextant.core.complete.AtCaret.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Completion on real SQLite files: the main database, an attached one, quoted names and SQLite's keywords. */
class SqliteCompletionTest {

    @TempDir
    Path dir;
    private ConnectionPools pools;
    private CatalogCache cache;

    @BeforeEach
    void open() throws SQLException {
        Path file = dir.resolve("music.db");
        Path archive = dir.resolve("archive.db");
        SqliteFiles.execute(file,
                "CREATE TABLE invoice (id INTEGER PRIMARY KEY, customer TEXT, total REAL)",
                "CREATE TABLE invoice_line (id INTEGER, invoice_id INTEGER, amount NUMERIC)",
                "CREATE TABLE track (id INTEGER, title TEXT, \"Length ms\" INTEGER, anything)",
                "CREATE TABLE \"Mixed Case\" (\"Id\" INTEGER, note TEXT)",
                "CREATE TABLE \"group\" (id INTEGER)",
                "CREATE VIEW big_invoice AS SELECT id, total FROM invoice WHERE total > 100");
        SqliteFiles.execute(archive, "CREATE TABLE old_invoice (id INTEGER, closed TEXT)");
        pools = new ConnectionPools();
        SqliteCatalog tree = new SqliteCatalog(pools.poolFor(Endpoint.of(ConnectionSpec.sqlite(file))));
        tree.attach(archive, "archive");
        cache = new CatalogCache(tree.completionSource(), new ImmediateRunner());
        cache.load();
        assertNotNull(cache.current(), () -> "the catalog was not read: " + cache.failure());
    }

    @AfterEach
    void close() {
        pools.close();
    }

    private Catalog catalog() {
        return cache.current();
    }

    @Test
    void tablesAndViewsAfterFromWithTheirKinds() {
        assertEquals(List.of("invoice", "invoice_line"), labels(catalog(), "SELECT * FROM inv‸").subList(0, 2));
        Suggestion view = complete(catalog(), "SELECT * FROM big‸").items().get(0);
        assertEquals("big_invoice", view.label());
        assertEquals(Kind.VIEW, view.kind());
    }

    @Test
    void aliasesGiveColumnsWithSqliteTypes() {
        List<Suggestion> columns = complete(catalog(), "SELECT t.‸ FROM track AS t").items();
        assertEquals(List.of("id", "title", "Length ms", "anything"), columns.stream().map(Suggestion::label).toList());
        assertEquals("integer", columns.get(0).detail());
        assertEquals("any", columns.get(3).detail(), "a column declared without a type takes any value");
        assertEquals("\"Length ms\"", columns.get(2).insert());
    }

    @Test
    void ctesAndSubqueryAliases() {
        assertEquals(List.of("customer", "spent"), labels(catalog(),
                "WITH spend AS (SELECT customer, sum(total) AS spent FROM invoice GROUP BY customer) SELECT s.‸ FROM spend s"));
        assertEquals(List.of("invoice_id", "n"), labels(catalog(),
                "SELECT l.‸ FROM (SELECT invoice_id, count(*) n FROM invoice_line GROUP BY invoice_id) l"));
    }

    @Test
    void quotedNamesAndKeywordsAreInsertedQuoted() {
        assertEquals("\"Mixed Case\"", insertFor(catalog(), "SELECT * FROM mix‸", "Mixed Case"));
        assertEquals(List.of("Id", "note"), labels(catalog(), "SELECT m.‸ FROM \"Mixed Case\" m"));
        assertEquals("\"group\"", insertFor(catalog(), "SELECT * FROM gro‸", "group"));
    }

    @Test
    void anAttachedDatabaseIsASchemaAndItsPrefixListsItsTables() {
        assertEquals(List.of("old_invoice"), labels(catalog(), "SELECT * FROM archive.ol‸"));
        assertEquals("archive.old_invoice", insertFor(catalog(), "SELECT * FROM old‸", "archive.old_invoice"));
        assertEquals(List.of("id", "closed"), labels(catalog(), "SELECT o.‸ FROM archive.old_invoice o"));
        assertTrue(labels(catalog(), "SELECT * FROM arc‸", Kind.SCHEMA).contains("archive"));
    }

    @Test
    void anUnparsableStatementStillCompletes() {
        String broken = "SELECT i.id, FROM, l.‸ ((( FROM invoice i LEFT JOIN invoice_line l USING (id) WHERE";
        assertTrue(labels(catalog(), broken).containsAll(List.of("invoice_id", "amount")), labels(catalog(), broken)::toString);
        assertFalse(labels(catalog(), "SELECT * FROM invoice WHERE tot‸ >").isEmpty());
        assertEquals("total", labels(catalog(), "SELECT * FROM invoice WHERE tot‸ >").get(0));
    }

    @Test
    void wordStartsThenAnyOrderAfterPrefixes() {
        List<String> found = labels(catalog(), "SELECT * FROM line‸", Kind.TABLE);
        assertEquals(List.of("invoice_line", "archive.old_invoice"), found,
                "line starts a word of invoice_line; o-l-d-_-i-n-v-o-i-c-e has l, i, n, e in order");
        assertEquals("invoice_line", labels(catalog(), "SELECT * FROM ivl‸", Kind.TABLE).get(0), "i, v, l in order");
    }
}
