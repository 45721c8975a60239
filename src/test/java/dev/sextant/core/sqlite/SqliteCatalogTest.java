package dev.sextant.core.sqlite;

import dev.sextant.core.admin.ObjectAdmin;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.meta.CatalogNode.Kind;
import dev.sextant.core.meta.CatalogNode;
import dev.sextant.core.pool.ConnectionPools;
import dev.sextant.testsupport.SqliteFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import static dev.sextant.testsupport.TreeWalk.find;
import static dev.sextant.testsupport.TreeWalk.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SQLite tree on real files: tables, views, indexes, triggers and an attached database. */
class SqliteCatalogTest {

    private static final CatalogNode ROOT = CatalogNode.connection("shop.db");
    @TempDir
    Path dir;
    private Path file;
    private ConnectionPools pools;
    private SqliteCatalog catalog;

    @BeforeEach
    void open() throws SQLException {
        file = dir.resolve("shop.db");
        SqliteFiles.execute(file,
                "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, price REAL DEFAULT 0)",
                "CREATE TABLE orders (id INTEGER PRIMARY KEY, item_id INTEGER REFERENCES items(id))",
                "CREATE INDEX orders_item ON orders (item_id)",
                "CREATE VIEW cheap AS SELECT name FROM items WHERE price < 1",
                "CREATE TRIGGER no_free BEFORE INSERT ON items WHEN NEW.price = 0 BEGIN SELECT RAISE(ABORT, 'free'); END");
        pools = new ConnectionPools();
        catalog = new SqliteCatalog(pools.poolFor(Endpoint.of(ConnectionSpec.sqlite(file))));
    }

    @AfterEach
    void close() {
        pools.close();
    }

    @Test
    void mainObjectsSitAtTheTopWithIndexAndTriggerFolders() throws SQLException {
        assertEquals(List.of("items", "orders", "cheap", "Indexes", "Triggers"), names(catalog, ROOT));
        assertEquals(Kind.VIEW, find(catalog, ROOT, "cheap").kind());
        assertEquals(List.of("id : integer, primary key", "name : text, not null", "price : real"),
                catalog.children(find(catalog, ROOT, "items")).stream().map(CatalogNode::label).toList());
        assertEquals("0", find(catalog, ROOT, "items", "price").facts().get("Default"));
        assertEquals(List.of("name"), names(catalog, ROOT, "cheap"));

        CatalogNode index = find(catalog, ROOT, "Indexes", "orders_item");
        assertEquals("orders", index.table());
        assertEquals("CREATE INDEX orders_item ON orders (item_id)", index.facts().get("Definition"));
        assertTrue(names(catalog, ROOT, "Indexes").contains("sqlite_autoindex_items_1"), "the UNIQUE's own index shows");
        assertEquals("on items", find(catalog, ROOT, "Triggers", "no_free").detail());
    }

    @Test
    void anAttachedDatabaseHasTheSameShape() throws SQLException {
        Path archive = dir.resolve("archive.db");
        SqliteFiles.execute(archive, "CREATE TABLE old_orders (id INTEGER PRIMARY KEY, total REAL)",
                "CREATE INDEX old_total ON old_orders (total)");
        catalog.attach(archive, "Old Archive");
        CatalogNode attached = find(catalog, ROOT, "Old Archive");
        assertEquals(Kind.DATABASE, attached.kind());
        assertEquals(archive.toString(), attached.facts().get("File"));
        assertEquals(List.of("old_orders", "Indexes", "Triggers"), names(catalog, attached));
        assertEquals(List.of("old_total"), names(catalog, attached, "Indexes"));
        CatalogNode oldOrders = find(catalog, attached, "old_orders");
        assertEquals("\"Old Archive\".\"old_orders\"", oldOrders.qualifiedName());
        assertEquals(List.of("id", "total"), names(catalog, oldOrders));
        assertTrue(catalog.ddl(oldOrders).contains("CREATE INDEX old_total ON old_orders (total);"));
    }

    @Test
    void ddlIsTheTableWithItsIndexesAndTriggers() throws SQLException {
        String ddl = catalog.ddl(find(catalog, ROOT, "items"));
        assertTrue(ddl.startsWith("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, price REAL DEFAULT 0);"), ddl);
        assertTrue(ddl.contains("CREATE TRIGGER no_free"), ddl);
        assertEquals("CREATE VIEW cheap AS SELECT name FROM items WHERE price < 1;\n", catalog.ddl(find(catalog, ROOT, "cheap")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mixed Case", "with \"quote\"", "select", "ñandú"})
    void anAwkwardNameOpensShowsDdlAndDrops(String name) throws SQLException {
        String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
        SqliteFiles.execute(file, "CREATE TABLE " + quoted + " (" + quoted + " TEXT NOT NULL DEFAULT 'x', n INTEGER)",
                "CREATE INDEX " + quoted.replaceAll("\"$", " idx\"") + " ON " + quoted + " (n)",
                "INSERT INTO " + quoted + " VALUES ('row', 1)");
        CatalogNode table = find(catalog, ROOT, name);
        assertEquals(1, SqliteFiles.count(file, "SELECT count(*) FROM (" + table.selectAllSql() + ")"));

        Path copy = dir.resolve("copy.db");
        SqliteFiles.execute(copy, catalog.ddl(table).split(";\n\n"));
        SqliteCatalog copyCatalog = new SqliteCatalog(pools.poolFor(Endpoint.of(ConnectionSpec.sqlite(copy))));
        assertEquals(catalog.children(table), copyCatalog.children(find(copyCatalog, ROOT, name)));
        assertEquals(List.of(name + " idx"), names(copyCatalog, ROOT, "Indexes"));

        ObjectAdmin.drop(catalog.poolFor(table), table);
        assertFalse(names(catalog, ROOT).contains(name));
    }
}
