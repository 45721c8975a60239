package dev.sextant.ui.editor;

import dev.sextant.core.session.TransactionEnd;
import dev.sextant.core.sql.ScriptSplitter;
import dev.sextant.core.task.ImmediateRunner;
import dev.sextant.testsupport.ScriptedQuestions;
import dev.sextant.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A tab is busy exactly while it works on its session, on every path: each operation is one
 * busy period however it ends, and the tab is usable again afterwards. The suite's PostgreSQL,
 * the synchronous runner.
 */
class TabBusyTest {

    private static final String DATABASE = "tab_busy_test";
    private static TestPostgres server;
    private EditorTabViewModel model;
    /** What the tab's busy indicator went through, and the last message when it went off. */
    private final List<Boolean> busyChanges = new ArrayList<>();
    private final List<String> lastMessageWhenFree = new ArrayList<>();

    @BeforeAll
    static void createDatabase() throws SQLException {
        server = TestPostgres.get();
        server.recreateDatabase(DATABASE);
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE items (id int PRIMARY KEY, name text NOT NULL)");
        }
    }

    @BeforeEach
    void connect() {
        model = new EditorTabViewModel(server.endpoint(DATABASE), new ImmediateRunner(), new ImmediateRunner(),
                new ScriptedQuestions());
        model.busyProperty().addListener((obs, was, now) -> {
            busyChanges.add(now);
            if (!now) {
                lastMessageWhenFree.add(model.messages().get(model.messages().size() - 1).text());
            }
        });
        model.connect();
    }

    @AfterEach
    void close() {
        model.close(TransactionEnd.ROLLBACK, error -> { });
    }

    private void run(String sql) {
        model.run(ScriptSplitter.split(sql));
    }

    /** true, false, true, false…: one busy period per operation. */
    private static List<Boolean> periods(int operations) {
        List<Boolean> expected = new ArrayList<>();
        for (int i = 0; i < operations; i++) {
            expected.add(true);
            expected.add(false);
        }
        return expected;
    }

    @Test
    void everyOperationIsOneBusyPeriodWhetherItSucceedsOrFails() {
        model.setAutocommit(false);
        run("INSERT INTO items VALUES (1, 'tea')");
        run("INSERT INTO items VALUES (1, 'tea again')"); // duplicate key: the transaction fails
        model.commit(); // refused: nothing in a failed transaction can be committed
        model.rollback();
        assertEquals(periods(6), busyChanges, "connect, autocommit off, two runs, commit, rollback");
        assertTrue(lastMessageWhenFree.get(4).startsWith("The transaction failed earlier, so it cannot be committed"),
                lastMessageWhenFree.toString());
        assertEquals("Rolled back.", lastMessageWhenFree.get(5), "each period ends once its sentence is shown");
        run("SELECT 1");
        assertEquals(periods(7), busyChanges, "the tab runs again after a refused commit");
    }

    @Test
    void aLostConnectionKeepsTheTabBusyUntilItIsBackThenItRunsAgain() throws Exception {
        run("SELECT pg_backend_pid()");
        Object pid = model.results().get(0).rows().get(0)[0];
        model.setAutocommit(false);
        run("INSERT INTO items VALUES (2, 'doomed')");
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(" + pid + ")");
        }
        busyChanges.clear();
        lastMessageWhenFree.clear();
        run("SELECT 1");
        assertEquals(periods(1), busyChanges, "the failed run and the reconnect are one operation");
        assertTrue(lastMessageWhenFree.get(0).startsWith("Reconnected to "), lastMessageWhenFree.toString());
        assertTrue(model.isConnected());
        run("SELECT 2");
        assertEquals(periods(2), busyChanges);
        assertEquals("SELECT: 1 row", model.messages().get(model.messages().size() - 1).text());
    }

    @Test
    void workOnTheSessionHearsBackOnceTheTabIsFreeSoTheNextWorkCanStart() {
        List<String> heard = new ArrayList<>();
        model.runOnSession(session -> session.execute("INSERT INTO items VALUES (3, 'milk')", List.of()),
                first -> model.runOnSession(session -> session.execute("SELECT name FROM items WHERE id = 3", List.of()),
                        second -> heard.add("second ran"), error -> heard.add("second refused: " + error.getMessage())),
                error -> heard.add("first failed: " + error.getMessage()));
        assertEquals(List.of("second ran"), heard);
        model.runOnSession(session -> session.execute("INSERT INTO nowhere VALUES (1)", List.of()),
                done -> heard.add("ran"), error -> heard.add("failed, busy=" + model.busyProperty().get()));
        assertEquals(List.of("second ran", "failed, busy=false"), heard);
        assertFalse(model.busyProperty().get());
    }
}
