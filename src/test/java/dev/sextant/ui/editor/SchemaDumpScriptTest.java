package dev.sextant.ui.editor;

import dev.sextant.core.run.Message;
import dev.sextant.core.sql.ScriptSplitter;
import dev.sextant.core.sql.SqlStatement;
import dev.sextant.core.task.ImmediateRunner;
import dev.sextant.testsupport.ScriptedQuestions;
import dev.sextant.testsupport.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A {@code pg_dump -s}-style schema script run as a user would run it (the whole script in one
 * tab) into a fresh database, then the catalog compared with what the script declares.
 *
 * <p>The script is hand-written in pg_dump 17's shape: this machine has no pg_dump matching the
 * test server (PostgreSQL 17 via zonky; Debian's pg_dump is 15), so it stands in for real output.
 */
class SchemaDumpScriptTest {

    private static final String DATABASE = "dump_restore_test";
    private static TestPostgres server;

    @BeforeAll
    static void createDatabase() throws SQLException {
        server = TestPostgres.get();
        server.recreateDatabase(DATABASE);
    }

    private static String dump() throws IOException {
        try (InputStream in = SchemaDumpScriptTest.class.getResourceAsStream("shop-schema-dump.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    @Test
    void aSchemaDumpRunsWholeAndTheCatalogHoldsWhatItDeclares() throws Exception {
        // The dump was made of a database named shop; psql's \connect is honoured now, so it names this test's.
        String script = dump().replace("\\connect shop", "\\connect " + DATABASE);
        List<SqlStatement> statements = ScriptSplitter.split(script);
        assertEquals(3, statements.stream().filter(SqlStatement::isPsqlCommand).count());
        ScriptedQuestions questions = new ScriptedQuestions();
        EditorTabViewModel model = new EditorTabViewModel(server.endpoint(DATABASE), new ImmediateRunner(), new ImmediateRunner(),
                questions);
        model.connect();
        model.run(statements);

        List<Message> errors = model.messages().stream().filter(m -> m.kind() == Message.Kind.ERROR).toList();
        assertTrue(errors.isEmpty(), errors.toString());
        assertTrue(questions.asked.isEmpty(), "nothing in a dump is a parameter: " + questions.asked);
        List<String> texts = model.messages().stream().map(Message::text).toList();
        assertTrue(texts.contains("Line 8: \\restrict is a psql command, not SQL; it was not sent."), texts.toString());
        assertTrue(texts.contains("You are now connected to database \"" + DATABASE + "\" as user \"postgres\"."), texts.toString());
        assertTrue(texts.contains("Line 288: \\unrestrict is a psql command, not SQL; it was not sent."), texts.toString());
        assertFalse(model.busyProperty().get());
        model.close(null, error -> { });

        assertEquals(List.of("order_total", "touch_updated"), column(
                "SELECT proname FROM pg_proc WHERE pronamespace = 'shop'::regnamespace ORDER BY 1"));
        assertTrue(column("SELECT prosrc FROM pg_proc WHERE proname = 'touch_updated'").get(0)
                .contains("RAISE DEBUG 'touched %; done', TG_TABLE_NAME;"), "the $$ body arrived whole");
        assertTrue(column("SELECT prosrc FROM pg_proc WHERE proname = 'order_total'").get(0)
                .contains("WHERE l.order_id = $1;"), "the $_$ body arrived whole, its $1 untouched");
        assertEquals(List.of("customers_touch", "orders_touch"), column(
                "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1"));
        assertEquals(List.of("order_totals"), column("SELECT viewname FROM pg_views WHERE schemaname = 'shop'"));
        assertEquals(List.of("price:numeric(10,2):CHECK ((VALUE >= (0)::numeric))"), column(
                "SELECT t.typname || ':' || format_type(t.typbasetype, t.typtypmod) || ':' || pg_get_constraintdef(c.oid) "
                        + "FROM pg_type t JOIN pg_constraint c ON c.contypid = t.oid WHERE t.typtype = 'd' "
                        + "AND t.typnamespace = 'shop'::regnamespace"));
        assertEquals(List.of("Orders; customers; the lot"), column("SELECT obj_description('shop'::regnamespace, 'pg_namespace')"));
        assertEquals(List.of("People who buy; also 'guests' -- and /* others */"), column(
                "SELECT obj_description('shop.customers'::regclass, 'pg_class')"));
        assertEquals(List.of("Lower case; unique when present"), column(
                "SELECT col_description('shop.customers'::regclass, 3)"));
        assertEquals(List.of("One row per order; total from shop.order_total($1)"), column(
                "SELECT obj_description('shop.order_totals'::regclass, 'pg_class')"));
        assertEquals(List.of("Sum of the lines; 0 when none"), column(
                "SELECT obj_description('shop.order_total(integer)'::regprocedure, 'pg_proc')"));
        assertEquals(List.of("customers_id_seq", "orders_id_seq"), column(
                "SELECT relname FROM pg_class WHERE relkind = 'S' AND relnamespace = 'shop'::regnamespace ORDER BY 1"));
        assertEquals(List.of("shop.customers_id_seq", "shop.orders_id_seq"), column(
                "SELECT pg_get_serial_sequence('shop.customers', 'id') UNION ALL SELECT pg_get_serial_sequence('shop.orders', 'id')"));
        assertEquals(List.of("customers_pkey", "order_lines_order_id_fkey", "order_lines_pkey", "orders_customer_id_fkey",
                "orders_pkey"), column("SELECT conname FROM pg_constraint WHERE connamespace = 'shop'::regnamespace "
                + "AND contype IN ('p', 'f') ORDER BY 1"));
        assertEquals(List.of("customers_email_key"), column(
                "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                        + "WHERE i.indrelid = 'shop.customers'::regclass AND NOT i.indisprimary"));

        // And the schema works: defaults, identity, the view's function and the triggers.
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("INSERT INTO shop.customers (name, email) VALUES ('Ann', 'ann@example.org')");
            s.execute("INSERT INTO shop.orders (customer_id) SELECT id FROM shop.customers");
            s.execute("INSERT INTO shop.order_lines SELECT id, 1, 3, 2.50 FROM shop.orders");
            s.execute("UPDATE shop.orders SET placed_at = placed_at - interval '1 day'");
        }
        assertEquals(List.of("7.50"), column("SELECT total FROM shop.order_totals"));
        assertEquals(List.of("t"), column("SELECT updated_at IS NOT NULL FROM shop.orders"));
    }
}
