package dev.sextant.ui.dataio;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.io.ExportFormat;
import dev.sextant.core.io.ExportSource;
import dev.sextant.core.result.FetchedRows;
import dev.sextant.core.session.Outcome;
import dev.sextant.core.session.SqlSession;
import dev.sextant.core.task.ImmediateRunner;
import dev.sextant.testsupport.SqliteFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export dialog's model without a window: the synchronous runner and a real SQLite file. */
class ExportDialogModelTest {

    @TempDir
    Path dir;
    private final List<Path> askedAbout = new ArrayList<>();
    private boolean answer;
    private ExportRows rows;

    @BeforeEach
    void createResult() throws Exception {
        Path db = dir.resolve("notes.db");
        SqliteFiles.execute(db, "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2500)"
                        + " INSERT INTO notes SELECT i, 'note ' || i FROM n");
        Endpoint endpoint = Endpoint.of(ConnectionSpec.sqlite(db));
        try (SqlSession session = SqlSession.open(endpoint)) {
            Outcome.Rows result = (Outcome.Rows) session.execute("SELECT * FROM notes ORDER BY id").get(0);
            FetchedRows fetched = new FetchedRows(result.result().rows()); // the first page of 1,000 rows
            rows = new ExportRows(result.result().columns(), fetched::snapshot,
                    new ExportSource.Query(endpoint, result.source()), false, "result");
        }
    }

    private ExportDialogModel model() {
        return new ExportDialogModel(rows, dir, new ImmediateRunner(), file -> {
            askedAbout.add(file);
            return answer;
        });
    }

    @Test
    void allRowsIsTheDefaultAndReRunsTheQuery() throws Exception {
        ExportDialogModel model = model();
        assertEquals(ExportScope.ALL_ROWS, model.scope.get());
        assertEquals(List.of(ExportScope.ALL_ROWS, ExportScope.FETCHED_ROWS), model.scopes());
        assertTrue(model.scopeNote(ExportScope.ALL_ROWS).startsWith("The query runs again"));

        model.export();

        assertTrue(model.resultProperty().get().matches("Exported 2,500 rows to result\\.csv in \\d+\\.\\d s\\."),
                model.resultProperty().get());
        assertFalse(model.failedProperty().get());
        assertEquals(2501, Files.readAllLines(dir.resolve("result.csv")).size());
    }

    @Test
    void withUncommittedChangesTheExportCanRunInTheTabsTransaction() throws Exception {
        Path db = dir.resolve("notes.db");
        dev.sextant.ui.editor.EditorTabViewModel tab = new dev.sextant.ui.editor.EditorTabViewModel(
                Endpoint.of(ConnectionSpec.sqlite(db)), new ImmediateRunner(), new ImmediateRunner(),
                new dev.sextant.testsupport.ScriptedQuestions());
        tab.connect();
        try {
            tab.setAutocommit(false);
            tab.run(dev.sextant.core.sql.ScriptSplitter.split("INSERT INTO notes VALUES (9999, 'not committed')"));
            rows = new ExportRows(rows.columns(), rows.fetched(), rows.rerun(), false, "result",
                    ExportButton.inTabOf(tab), 1234);
            ExportDialogModel model = model();
            assertEquals(List.of(ExportScope.ALL_ROWS, ExportScope.IN_THIS_TRANSACTION, ExportScope.FETCHED_ROWS),
                    model.scopes());
            assertTrue(model.scopeNote(ExportScope.ALL_ROWS).contains("When it ran, it took 1.2 s to its first rows."),
                    model.scopeNote(ExportScope.ALL_ROWS));
            assertTrue(model.scopeNote(ExportScope.ALL_ROWS).endsWith("to include them."));

            model.scope.set(ExportScope.IN_THIS_TRANSACTION);
            model.export();
            assertFalse(model.failedProperty().get(), model.resultProperty().get());
            assertTrue(Files.readString(dir.resolve("result.csv")).contains("9999,not committed"),
                    "the tab's uncommitted row is exported: " + model.resultProperty().get());
            assertEquals(dev.sextant.core.session.TransactionState.IN_TRANSACTION,
                    tab.statusProperty().get().transaction(), "still uncommitted");
        } finally {
            tab.close(null, error -> { });
        }
        assertEquals(0, SqliteFiles.count(db, "SELECT count(*) FROM notes WHERE id = 9999"), "rolled back on close");
    }

    @Test
    void fetchedRowsOnlyWritesWhatTheGridHolds() throws Exception {
        ExportDialogModel model = model();
        model.scope.set(ExportScope.FETCHED_ROWS);
        assertEquals("The 1,000 rows in the grid are written as they are; nothing runs again.",
                model.scopeNote(ExportScope.FETCHED_ROWS));
        model.export();
        assertEquals(1001, Files.readAllLines(dir.resolve("result.csv")).size());
        assertEquals(1.0, model.doneProperty().get(), "a finished export is whole");
    }

    @Test
    void theExtensionFollowsTheFormat() {
        ExportDialogModel model = model();
        model.format.set(ExportFormat.XLSX);
        assertEquals(dir.resolve("result.xlsx").toString(), model.file.get());
        model.file.set("/tmp/report");
        model.format.set(ExportFormat.MARKDOWN);
        assertEquals("/tmp/report.md", model.file.get());
        model.format.set(ExportFormat.JSON);
        model.jsonLines.set(true);
        assertEquals("/tmp/report.ndjson", model.file.get());
        model.format.set(ExportFormat.CSV);
        assertEquals("/tmp/report.csv", model.file.get());
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheUserSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("result.csv"), "keep me");
        ExportDialogModel model = model();
        answer = false;
        model.export();
        assertEquals(List.of(file), askedAbout);
        assertEquals("keep me", Files.readString(file));
        assertEquals("Nothing was exported: result.csv was kept as it is.", model.resultProperty().get());

        answer = true;
        model.export();
        assertEquals(2501, Files.readAllLines(file).size());
    }

    @Test
    void aMissingFolderIsOneSentenceAndNoQuestion() {
        ExportDialogModel model = model();
        model.file.set(dir.resolve("missing/x.csv").toString());
        model.export();
        assertTrue(model.failedProperty().get());
        assertEquals("The folder " + dir.resolve("missing") + " does not exist.", model.resultProperty().get());
        assertEquals(List.of(), askedAbout);
    }

    @Test
    void aRelativeNameGoesToTheDefaultFolderAndSqlNamesTheTable() throws Exception {
        ExportDialogModel model = model();
        model.format.set(ExportFormat.SQL_INSERT);
        model.file.set("out.sql");
        model.tableName.set("my notes");
        model.export();
        assertTrue(Files.readString(dir.resolve("out.sql")).startsWith("INSERT INTO \"my notes\" (\"id\", \"body\") VALUES"));
    }

    @Test
    void csvTakesTheDelimiterAndQuoteTypedAndRefusesLongerOnes() throws Exception {
        ExportDialogModel model = model();
        model.delimiter.set(";");
        model.export();
        assertEquals("id;body", Files.readAllLines(dir.resolve("result.csv")).get(0));

        model.delimiter.set(";;");
        model.export();
        assertTrue(model.failedProperty().get());
        assertEquals("The delimiter must be one character, such as , or ; or \\t for a tab.", model.resultProperty().get());
    }
}
