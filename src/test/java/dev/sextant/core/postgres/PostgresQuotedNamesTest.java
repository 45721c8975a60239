package dev.sextant.core.postgres;

import dev.sextant.core.admin.ObjectAdmin;
import dev.sextant.core.meta.CatalogNode;
import dev.sextant.core.pool.ConnectionPools;
import dev.sextant.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static dev.sextant.testsupport.TreeWalk.find;
import static dev.sextant.testsupport.TreeWalk.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Awkward names survive the whole journey: found in the tree, opened with the generated SELECT,
 * shown as DDL that recreates an equivalent table in a fresh database, and dropped.
 */
class PostgresQuotedNamesTest {

    private static final String SOURCE = "quoted_source";
    private static final String COPY = "quoted_copy";
    private static final CatalogNode ROOT = CatalogNode.connection("test");
    private static TestPostgres server;
    private static ConnectionPools pools;
    private static PostgresCatalog catalog;

    @BeforeAll
    static void createDatabases() throws SQLException {
        server = TestPostgres.get();
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            for (String db : List.of(SOURCE, COPY)) {
                s.execute("DROP DATABASE IF EXISTS " + db);
                s.execute("CREATE DATABASE " + db);
            }
        }
        for (String db : List.of(SOURCE, COPY)) {
            run(db, "CREATE SCHEMA \"Odd Schema\"");
        }
        pools = new ConnectionPools();
        catalog = new PostgresCatalog(pools, server.endpoint("postgres"));
    }

    @AfterAll
    static void closePools() {
        pools.close();
    }

    // name as the catalog holds it | the same name quoted by hand, independently of Identifiers
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "Mixed Case | \"Mixed Case\"",
            "with \"quote\" | \"with \"\"quote\"\"\"",
            "select | \"select\"",
            "ñandú | \"ñandú\""})
    void anAwkwardNameOpensShowsDdlAndDrops(String name, String quoted) throws SQLException {
        String table = "\"Odd Schema\"." + quoted;
        run(SOURCE, "CREATE TABLE " + table + " (id serial PRIMARY KEY, " + quoted + " text NOT NULL DEFAULT 'x', "
                        + "amount numeric(8,2) CHECK (amount >= 0), UNIQUE (" + quoted + "))",
                "CREATE INDEX ON " + table + " (amount)",
                "COMMENT ON TABLE " + table + " IS 'it''s odd'",
                "COMMENT ON COLUMN " + table + "." + quoted + " IS 'named like its table'",
                "INSERT INTO " + table + " (" + quoted + ", amount) VALUES ('row', 1.5)",
                "CREATE VIEW \"Odd Schema\"." + quoted.replaceAll("\"$", " view\"") + " AS SELECT * FROM " + table);

        CatalogNode node = find(catalog, ROOT, SOURCE, "Odd Schema", "Tables", name);
        CatalogNode view = find(catalog, ROOT, SOURCE, "Odd Schema", "Views", name + " view");
        assertEquals(1, rowsOf(SOURCE, node.selectAllSql()));
        assertEquals(1, rowsOf(SOURCE, view.selectAllSql()));

        String ddl = catalog.ddl(node);
        assertTrue(ddl.startsWith("CREATE TABLE " + table + " (\n    \"id\" serial NOT NULL,"), ddl);
        assertTrue(ddl.contains("COMMENT ON TABLE " + table + " IS 'it''s odd';"), ddl);
        run(COPY, ddl, catalog.ddl(view));
        CatalogNode copy = find(catalog, ROOT, COPY, "Odd Schema", "Tables", name);
        assertEquals(columns(node), columns(copy), "the DDL recreates the same columns");
        assertEquals(details(node, "Keys"), details(copy, "Keys"));
        assertEquals(names(catalog, node, "Indexes"), names(catalog, copy, "Indexes"));
        assertEquals("it's odd", copy.facts().get("Comment"));
        assertEquals(0, rowsOf(COPY, find(catalog, ROOT, COPY, "Odd Schema", "Views", name + " view").selectAllSql()));

        ObjectAdmin.drop(catalog.poolFor(view), view);
        ObjectAdmin.drop(catalog.poolFor(node), node);
        assertFalse(names(catalog, ROOT, SOURCE, "Odd Schema", "Tables").contains(name));
        assertFalse(names(catalog, ROOT, SOURCE, "Odd Schema", "Views").contains(name + " view"));
    }

    /** Each column as the catalog describes it: name, type, nullability, default, comment. */
    private static List<String> columns(CatalogNode table) throws SQLException {
        List<String> columns = catalog.children(find(catalog, table, "Columns")).stream()
                .map(c -> c.name() + " " + c.facts()).toList();
        assertTrue(columns.size() == 3 && columns.get(1).contains("Comment=named like its table"), columns.toString());
        return columns;
    }

    private static List<String> details(CatalogNode table, String folder) throws SQLException {
        return catalog.children(find(catalog, table, folder)).stream().map(CatalogNode::label).toList();
    }

    private static int rowsOf(String database, String sql) throws SQLException {
        try (Connection c = server.connect(database); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int rows = 0;
            while (rs.next()) {
                rows++;
            }
            return rows;
        }
    }

    private static void run(String database, String... statements) throws SQLException {
        try (Connection c = server.connect(database); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
