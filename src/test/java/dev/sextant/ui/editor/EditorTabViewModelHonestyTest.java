package dev.sextant.ui.editor;

import dev.sextant.core.run.Message;
import dev.sextant.core.session.NotCommittedException;
import dev.sextant.core.session.TransactionEnd;
import dev.sextant.core.session.TransactionState;
import dev.sextant.core.sql.ScriptSplitter;
import dev.sextant.core.task.ImmediateRunner;
import dev.sextant.testsupport.ScriptedQuestions;
import dev.sextant.testsupport.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a tab tells the user is what the server did, on the suite's PostgreSQL with the synchronous runner. */
class EditorTabViewModelHonestyTest {

    private static final String DATABASE = "honest_messages_test";
    private static TestPostgres server;
    private EditorTabViewModel model;

    @BeforeAll
    static void createDatabase() throws SQLException {
        server = TestPostgres.get();
        server.recreateDatabase(DATABASE);
    }

    @BeforeEach
    void connect() throws SQLException {
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS user_accounts");
            s.execute("CREATE TABLE user_accounts (id int PRIMARY KEY, name text)");
            s.execute("INSERT INTO user_accounts VALUES (1, 'rose')");
        }
        model = new EditorTabViewModel(server.endpoint(DATABASE), new ImmediateRunner(), new ImmediateRunner(),
                new ScriptedQuestions());
        model.connect();
    }

    @AfterEach
    void close() {
        model.close(TransactionEnd.ROLLBACK, error -> { });
    }

    private List<String> messages() {
        return model.messages().stream().map(Message::text).toList();
    }

    @Test
    void commitInAFailedTransactionIsNeverReportedAsDone() throws Exception {
        model.setAutocommit(false);
        model.run(ScriptSplitter.split("INSERT INTO user_accounts VALUES (3, 'sam')"));
        model.run(ScriptSplitter.split("INSERT INTO user_accounts VALUES (1, 'again')"));
        assertEquals(TransactionState.FAILED, model.statusProperty().get().transaction());

        model.commit();
        String last = messages().get(messages().size() - 1);
        assertTrue(last.startsWith("The transaction failed earlier, so it cannot be committed: nothing was committed."), last);
        assertFalse(messages().contains("Committed."), messages().toString());
        assertEquals(TransactionState.FAILED, model.statusProperty().get().transaction(), "still waiting for Rollback");
        assertEquals(0, count("SELECT count(*) FROM user_accounts WHERE id = 3"));

        model.rollback();
        assertEquals("Rolled back.", messages().get(messages().size() - 1));
    }

    @Test
    void closingWithACommitThatIsNotCarriedOutKeepsTheSessionAndSaysWhy() throws Exception {
        model.setAutocommit(false);
        model.run(ScriptSplitter.split("INSERT INTO user_accounts VALUES (1, 'again')"));
        List<Throwable> closed = new ArrayList<>();
        model.close(TransactionEnd.COMMIT, closed::add);
        assertInstanceOf(NotCommittedException.class, closed.get(0));
        assertTrue(model.isConnected(), "the tab keeps its session");
        assertTrue(messages().get(messages().size() - 1).contains("nothing was committed"), messages().toString());
        assertEquals(TransactionState.FAILED, model.statusProperty().get().transaction());
    }

    @Test
    void anErrorWithAPositionShowsItsLineAsPsqlDoes() {
        model.run(ScriptSplitter.split("SELECT id,\n       nme\nFROM user_accounts"));
        assertEquals("Column \"nme\" does not exist.\n"
                + "HINT: Perhaps you meant to reference the column \"user_accounts.name\".\n"
                + "LINE 2:        nme", messages().get(0));
    }

    @Test
    void copyFromStdinIsExplainedNotCalledCancelled() throws Exception {
        model.run(ScriptSplitter.split("SELECT 1;\nCOPY user_accounts FROM STDIN WITH (FORMAT csv);\nSELECT 2"));
        String last = messages().get(messages().size() - 1);
        assertTrue(last.startsWith("Line 2: COPY … FROM STDIN streams data through the client"), last);
        assertFalse(messages().stream().anyMatch(m -> m.contains("cancelled")), messages().toString());
        assertEquals(1, model.results().size(), "the script stopped there");
        assertFalse(model.busyProperty().get());
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = server.connect(DATABASE); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
