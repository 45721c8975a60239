package dev.sextant.core.postgres;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.meta.CatalogNode.Kind;
import dev.sextant.core.meta.CatalogNode;
import dev.sextant.core.pool.ConnectionPools;
import dev.sextant.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static dev.sextant.testsupport.TreeWalk.find;
import static dev.sextant.testsupport.TreeWalk.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PostgreSQL tree, level by level, against a database built for it on the run's server. */
class PostgresCatalogTest {

    private static final String DATABASE = "catalog_test";
    private static final CatalogNode ROOT = CatalogNode.connection("test");
    private static ConnectionPools pools;
    private static PostgresCatalog catalog;

    @BeforeAll
    static void buildDatabase() throws SQLException {
        TestPostgres server = TestPostgres.get();
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("DROP ROLE IF EXISTS catalog_reader");
            s.execute("DROP ROLE IF EXISTS catalog_group");
            s.execute("CREATE DATABASE " + DATABASE);
            s.execute("COMMENT ON DATABASE " + DATABASE + " IS 'for the tree'");
            s.execute("CREATE ROLE catalog_group");
            s.execute("CREATE ROLE catalog_reader LOGIN CREATEDB IN ROLE catalog_group");
        }
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "CREATE SCHEMA shop", "COMMENT ON SCHEMA shop IS 'the shop'",
                    "CREATE TABLE shop.customers (id serial PRIMARY KEY, email text NOT NULL UNIQUE, note text DEFAULT 'none')",
                    "COMMENT ON TABLE shop.customers IS 'who buys'",
                    "INSERT INTO shop.customers (email) SELECT 'c' || g || '@example.org' FROM generate_series(1, 50) g",
                    "ANALYZE shop.customers",
                    "CREATE TABLE shop.orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                            + "customer_id int NOT NULL REFERENCES shop.customers (id), total numeric(10,2) DEFAULT 0, "
                            + "CONSTRAINT orders_customer_total UNIQUE (customer_id, total))",
                    "CREATE INDEX orders_customer_idx ON shop.orders (customer_id)",
                    "CREATE FUNCTION shop.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$",
                    "CREATE TRIGGER orders_touch BEFORE INSERT ON shop.orders FOR EACH ROW EXECUTE FUNCTION shop.touch()",
                    "CREATE FUNCTION shop.add(a integer, b integer) RETURNS integer LANGUAGE sql RETURN a + b",
                    "CREATE VIEW shop.big_orders AS SELECT id, total FROM shop.orders WHERE total > 100",
                    "CREATE MATERIALIZED VIEW shop.order_totals AS SELECT customer_id, sum(total) AS total "
                            + "FROM shop.orders GROUP BY customer_id",
                    "CREATE SEQUENCE shop.invoice_numbers AS integer")) {
                s.execute(sql);
            }
        }
        Endpoint endpoint = server.endpoint("postgres");
        pools = new ConnectionPools();
        catalog = new PostgresCatalog(pools, endpoint);
    }

    @AfterAll
    static void closePools() {
        pools.close();
    }

    @Test
    void theConnectionListsDatabasesWithDetailsThenRoles() throws SQLException {
        List<CatalogNode> children = catalog.children(ROOT);
        CatalogNode db = find(catalog, ROOT, DATABASE);
        assertEquals(Kind.DATABASE, db.kind());
        assertEquals(DATABASE, db.database(), "a database node names its own database, for its pool");
        assertEquals("postgres", db.facts().get("Owner"));
        assertEquals("for the tree", db.facts().get("Comment"));
        assertNotNull(db.facts().get("Size"));
        assertFalse(names(children).contains("template0"), "templates cannot be connected to");
        CatalogNode roles = children.get(children.size() - 1);
        assertEquals(Kind.FOLDER, roles.kind());
        assertEquals(Kind.ROLE, roles.contents());
    }

    @Test
    void aDatabaseListsItsSchemasThroughItsOwnPool() throws SQLException {
        CatalogNode shop = find(catalog, ROOT, DATABASE, "shop");
        assertEquals(Kind.SCHEMA, shop.kind());
        assertEquals("the shop", shop.facts().get("Comment"));
        assertEquals(List.of("Tables", "Views", "Materialized views", "Sequences", "Functions"),
                names(catalog, shop));
        assertTrue(shop.kind().isContainer());
    }

    @Test
    void schemaFoldersListEachKindWithDetails() throws SQLException {
        assertEquals(List.of("customers", "orders"), names(catalog, ROOT, DATABASE, "shop", "Tables"));
        CatalogNode customers = find(catalog, ROOT, DATABASE, "shop", "Tables", "customers");
        assertEquals("50", customers.facts().get("Rows (estimate)"));
        assertTrue(customers.facts().get("Size").matches("about \\d+ (bytes|kB)"), customers.facts().toString());
        assertEquals("postgres", customers.facts().get("Owner"));
        assertEquals("who buys", customers.facts().get("Comment"));

        assertEquals(List.of("big_orders"), names(catalog, ROOT, DATABASE, "shop", "Views"));
        assertEquals(List.of("order_totals"), names(catalog, ROOT, DATABASE, "shop", "Materialized views"));
        CatalogNode invoices = find(catalog, ROOT, DATABASE, "shop", "Sequences", "invoice_numbers");
        assertEquals(Kind.SEQUENCE, invoices.kind());
        assertEquals("integer", invoices.detail());
        assertEquals(List.of("customers_id_seq", "invoice_numbers", "orders_id_seq"),
                names(catalog, ROOT, DATABASE, "shop", "Sequences"));
        assertEquals("(a integer, b integer) → integer", find(catalog, ROOT, DATABASE, "shop", "Functions", "add").detail());
        assertEquals("() → trigger", find(catalog, ROOT, DATABASE, "shop", "Functions", "touch").detail());
    }

    @Test
    void columnsShowTypeNullabilityAndDefault() throws SQLException {
        List<CatalogNode> columns = catalog.children(find(catalog, ROOT, DATABASE, "shop", "Tables", "customers", "Columns"));
        assertEquals(List.of("id : integer, not null", "email : text, not null", "note : text"),
                columns.stream().map(CatalogNode::label).toList());
        assertEquals("nextval('shop.customers_id_seq'::regclass)", columns.get(0).facts().get("Default"));
        assertEquals("no", columns.get(1).facts().get("Nullable"));
        assertEquals("yes", columns.get(2).facts().get("Nullable"));
        assertEquals("'none'::text", columns.get(2).facts().get("Default"));
        CatalogNode id = find(catalog, ROOT, DATABASE, "shop", "Tables", "orders", "Columns", "id");
        assertEquals("always", id.facts().get("Identity"));
        assertEquals("orders", id.table(), "a column knows its table");
    }

    @Test
    void keysIndexesAndTriggersOfATable() throws SQLException {
        List<CatalogNode> keys = catalog.children(find(catalog, ROOT, DATABASE, "shop", "Tables", "orders", "Keys"));
        assertEquals(List.of("orders_pkey", "orders_customer_total", "orders_customer_id_fkey"),
                keys.stream().map(CatalogNode::name).toList());
        assertEquals("primary key", keys.get(0).facts().get("Kind"));
        assertEquals("unique", keys.get(1).facts().get("Kind"));
        assertEquals("foreign key", keys.get(2).facts().get("Kind"));
        assertEquals("shop.customers", keys.get(2).facts().get("References"));
        assertTrue(keys.get(2).detail().contains("REFERENCES shop.customers(id)"), keys.get(2).detail());

        assertEquals(List.of("orders_customer_idx", "orders_customer_total", "orders_pkey"),
                names(catalog, ROOT, DATABASE, "shop", "Tables", "orders", "Indexes"));
        CatalogNode index = find(catalog, ROOT, DATABASE, "shop", "Tables", "orders", "Indexes", "orders_customer_idx");
        assertTrue(index.facts().get("Definition").startsWith("CREATE INDEX orders_customer_idx ON shop.orders"));

        CatalogNode trigger = find(catalog, ROOT, DATABASE, "shop", "Tables", "orders", "Triggers", "orders_touch");
        assertTrue(trigger.facts().get("Definition").contains("EXECUTE FUNCTION shop.touch()"));
    }

    @Test
    void viewsExpandToColumnsAndMaterializedViewsToColumnsAndIndexes() throws SQLException {
        assertEquals(List.of("id", "total"), names(catalog, ROOT, DATABASE, "shop", "Views", "big_orders"));
        assertEquals(List.of("Columns", "Indexes"), names(catalog, ROOT, DATABASE, "shop", "Materialized views", "order_totals"));
        assertFalse(find(catalog, ROOT, DATABASE, "shop", "Sequences", "invoice_numbers").kind().isContainer());
    }

    @Test
    void rolesShowAttributesAndMemberships() throws SQLException {
        List<CatalogNode> roles = catalog.children(find(catalog, ROOT, "Roles"));
        CatalogNode reader = roles.stream().filter(r -> r.name().equals("catalog_reader")).findFirst().orElseThrow();
        assertEquals("login, create database", reader.detail());
        assertEquals("yes", reader.facts().get("Login"));
        assertEquals("no", reader.facts().get("Superuser"));
        assertEquals("yes", reader.facts().get("Create database"));
        assertEquals("no", reader.facts().get("Create role"));
        assertEquals("catalog_group", reader.facts().get("Member of"));
        CatalogNode postgres = roles.stream().filter(r -> r.name().equals("postgres")).findFirst().orElseThrow();
        assertEquals("yes", postgres.facts().get("Superuser"));
        assertTrue(roles.stream().noneMatch(r -> r.name().startsWith("pg_")), "predefined roles are left out");
    }
}
