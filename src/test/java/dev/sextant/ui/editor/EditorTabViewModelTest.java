package dev.sextant.ui.editor;

import dev.sextant.core.run.Message;
import dev.sextant.ui.results.ResultSheet;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.session.TransactionState;
import dev.sextant.core.sql.ScriptSplitter;
import dev.sextant.core.task.ImmediateRunner;
import dev.sextant.core.session.TransactionEnd;
import dev.sextant.testsupport.ScriptedQuestions;
import dev.sextant.testsupport.SqliteFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tab's view model with the synchronous runner: no window, a real SQLite file. */
class EditorTabViewModelTest {

    @TempDir
    Path dir;
    private Path file;
    private EditorTabViewModel model;
    private final ScriptedQuestions questions = new ScriptedQuestions();

    @BeforeEach
    void connect() throws Exception {
        file = dir.resolve("music.db");
        SqliteFiles.execute(file, "CREATE TABLE artists (id INTEGER PRIMARY KEY, name TEXT NOT NULL)",
                "INSERT INTO artists VALUES (1, 'Nina'), (2, 'Miles')");
        model = new EditorTabViewModel(Endpoint.of(ConnectionSpec.sqlite(file)), new ImmediateRunner(), new ImmediateRunner(), questions);
        model.connect();
    }

    @AfterEach
    void close() {
        model.close(null, error -> { });
    }

    private List<String> messageTexts() {
        return model.messages().stream().map(Message::text).toList();
    }

    @Test
    void connectingReportsAnIdleAutocommitSession() {
        assertTrue(model.isConnected());
        assertTrue(model.statusProperty().get().autocommit());
        assertEquals(TransactionState.IDLE, model.statusProperty().get().transaction());
        assertFalse(model.busyProperty().get());
    }

    @Test
    void aScriptShowsEachOutcomeInOrder() {
        model.run(ScriptSplitter.split("SELECT * FROM artists; INSERT INTO artists VALUES (3, 'Ella'); SELECT name FROM artists"));
        assertEquals(2, model.results().size());
        assertEquals(2, model.results().get(0).rows().size());
        assertEquals(3, model.results().get(1).rows().size());
        assertEquals(List.of("SELECT: 2 rows", "INSERT: 1 row", "SELECT: 3 rows"), messageTexts());
        assertTrue(model.summaryProperty().get().contains("3 statements"), model.summaryProperty().get());
    }

    @Test
    void aScriptStopsAtTheFirstErrorWithOneSentence() throws Exception {
        model.run(ScriptSplitter.split("INSERT INTO artists VALUES (4, 'Bud'); INSERT INTO nowhere VALUES (1); DELETE FROM artists"));
        assertEquals(List.of("INSERT: 1 row", "No such table: nowhere."), messageTexts());
        assertEquals(Message.Kind.ERROR, model.messages().get(1).kind());
        assertEquals(3, SqliteFiles.count(file, "SELECT count(*) FROM artists"), "the DELETE after the error never ran");
        assertFalse(model.busyProperty().get(), "the tab is usable again");
    }

    @Test
    void aLongResultFetchesMoreAsAskedAndAllOfItOnFetchAll() throws Exception {
        model.run(ScriptSplitter.split(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 25000) SELECT i FROM n"));
        ResultSheet sheet = model.results().get(0);
        assertEquals(1000, sheet.rows().size());
        assertTrue(sheet.moreProperty().get());
        model.fetchMore(sheet);
        assertEquals(2000, sheet.rows().size());
        model.fetchAll(sheet);
        assertEquals(25000, sheet.fetchedProperty().get());
        assertFalse(sheet.moreProperty().get());
        assertEquals(ResultSheet.WINDOW, sheet.rows().size(), "the grid holds a window of the fetched rows");
        assertEquals(1, ((Number) sheet.rows().get(0)[0]).intValue(), "still at the top");
        assertFalse(model.busyProperty().get());

        sheet.centerWindowOn(24999);
        assertEquals(25000 - ResultSheet.WINDOW, sheet.windowStartProperty().get(), "the window ends at the last row");
        assertEquals(25000, ((Number) sheet.rows().get(sheet.rows().size() - 1)[0]).intValue());
        sheet.centerWindowOn(12000);
        assertEquals(12000 - ResultSheet.WINDOW / 2, sheet.windowStartProperty().get());
        assertEquals(12001, ((Number) sheet.rows().get(ResultSheet.WINDOW / 2)[0]).intValue());
    }

    @Test
    void aScriptOfThousandsOfStatementsRunsAtAConstantStackDepth() throws Exception {
        StringBuilder script = new StringBuilder();
        for (int i = 100; i < 5_100; i++) {
            script.append("INSERT INTO artists VALUES (").append(i).append(", 'a');\n");
        }
        script.append("SELECT * FROM nowhere;");
        // The synchronous runner delivers at once: a recursion per statement would overflow here.
        model.run(ScriptSplitter.split(script.toString()));
        assertEquals(5_002, SqliteFiles.count(file, "SELECT count(*) FROM artists"));
        assertEquals("No such table: nowhere.", messageTexts().get(messageTexts().size() - 1));
    }

    @Test
    void manualModeCommitAndRollback() throws Exception {
        model.setAutocommit(false);
        assertFalse(model.statusProperty().get().autocommit());
        model.run(ScriptSplitter.split("INSERT INTO artists VALUES (5, 'Chet')"));
        assertEquals(TransactionState.IN_TRANSACTION, model.statusProperty().get().transaction());
        assertEquals(2, SqliteFiles.count(file, "SELECT count(*) FROM artists"));

        model.commit();
        assertEquals(TransactionState.IDLE, model.statusProperty().get().transaction());
        assertEquals(3, SqliteFiles.count(file, "SELECT count(*) FROM artists"));

        // WHERE true: a bare DELETE would be refused by the no-WHERE question and prove nothing.
        model.run(ScriptSplitter.split("DELETE FROM artists WHERE true; SELECT * FROM artists"));
        assertEquals(List.of("DELETE: 3 rows", "SELECT: 0 rows"), messageTexts().subList(messageTexts().size() - 2,
                messageTexts().size()), "the DELETE ran inside the transaction");
        assertEquals(TransactionState.IN_TRANSACTION, model.statusProperty().get().transaction());
        model.rollback();
        assertEquals(TransactionState.IDLE, model.statusProperty().get().transaction());
        assertEquals(3, SqliteFiles.count(file, "SELECT count(*) FROM artists"), "read on a connection of its own");
    }

    @Test
    void turningAutocommitOnWithAnOpenTransactionAsksAndCancelChangesNothing() throws Exception {
        model.setAutocommit(false);
        model.run(ScriptSplitter.split("INSERT INTO artists VALUES (6, 'Sonny')"));
        model.setAutocommit(true);
        assertEquals(List.of("Turn autocommit on with 1 statements open"), questions.asked);
        assertFalse(model.statusProperty().get().autocommit());
        assertEquals(TransactionState.IN_TRANSACTION, model.statusProperty().get().transaction());
        assertEquals(2, SqliteFiles.count(file, "SELECT count(*) FROM artists"));
    }

    @Test
    void turningAutocommitOnWithAnOpenTransactionDoesWhatTheAnswerSays() throws Exception {
        model.setAutocommit(false);
        model.run(ScriptSplitter.split("INSERT INTO artists VALUES (6, 'Sonny')"));
        questions.endWith = Optional.of(TransactionEnd.ROLLBACK);
        model.setAutocommit(true);
        assertTrue(model.statusProperty().get().autocommit());
        assertEquals(2, SqliteFiles.count(file, "SELECT count(*) FROM artists"), "rolled back, as answered");
        assertEquals("Rolled back. Autocommit is on.", messageTexts().get(messageTexts().size() - 1));
    }

    @Test
    void deleteWithoutWhereAsksWithTheRowCountAndCancelKeepsTheRows() throws Exception {
        model.run(ScriptSplitter.split("DELETE FROM artists"));
        assertEquals(List.of("DELETE all 2 rows of artists?"), questions.asked);
        assertEquals(List.of("DELETE without WHERE was not run."), messageTexts());
        assertEquals(2, SqliteFiles.count(file, "SELECT count(*) FROM artists"));

        questions.runOnEveryRow = true;
        model.run(ScriptSplitter.split("DELETE FROM artists"));
        assertEquals(0, SqliteFiles.count(file, "SELECT count(*) FROM artists"));
        assertFalse(model.busyProperty().get());
    }
}
