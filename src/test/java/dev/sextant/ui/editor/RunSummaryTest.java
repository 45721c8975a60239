package dev.sextant.ui.editor;

import dev.sextant.core.run.Message;
import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.sql.ScriptSplitter;
import dev.sextant.core.task.ImmediateRunner;
import dev.sextant.testsupport.ScriptedQuestions;
import dev.sextant.testsupport.SqliteFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run ends with its totals: in the status bar's summary always, as the last message after a long script. */
class RunSummaryTest {

    private static final Pattern TIME = Pattern.compile("\\d+ ms|\\d+\\.\\d s");

    @TempDir
    Path dir;
    private EditorTabViewModel model;

    @BeforeEach
    void connect() throws Exception {
        Path file = dir.resolve("big.db");
        SqliteFiles.execute(file, "CREATE TABLE n (i INTEGER PRIMARY KEY, v INTEGER)",
                "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 1500) "
                        + "INSERT INTO n SELECT i, i FROM c");
        model = new EditorTabViewModel(Endpoint.of(ConnectionSpec.sqlite(file)), new ImmediateRunner(),
                new ImmediateRunner(), new ScriptedQuestions());
        model.connect();
    }

    @AfterEach
    void close() {
        model.close(null, error -> { });
    }

    private List<String> texts() {
        return model.messages().stream().map(Message::text).toList();
    }

    @Test
    void aLongScriptEndsItsMessagesWithStatementsRowsAndTime() {
        StringBuilder script = new StringBuilder();
        for (int i = 0; i < 999; i++) {
            script.append("INSERT INTO n (v) VALUES (").append(i).append(");\n");
        }
        model.run(ScriptSplitter.split(script.toString()));

        String last = texts().get(texts().size() - 1);
        assertTrue(last.startsWith("999 statements, 999 rows changed, "), last);
        assertTrue(TIME.matcher(last.substring(last.lastIndexOf(", ") + 2)).matches(), last);
        assertEquals(1000, texts().size(), "one line per INSERT, then the totals");
        assertEquals("big.db · " + last, model.summaryProperty().get());
    }

    @Test
    void rowsReadAndChangedAreCountedApartAndGrouped() {
        model.run(ScriptSplitter.split("SELECT * FROM n ORDER BY i; UPDATE n SET v = 0 WHERE i <= 1200"));
        String summary = model.summaryProperty().get();
        assertTrue(summary.startsWith("big.db · 2 statements, 1,000 rows, 1,200 rows changed, "), summary);
        assertEquals(List.of("SELECT: the first 1,000 rows; more load as you scroll.", "UPDATE: 1,200 rows"), texts(),
                "a short script's messages end with its last outcome, the totals are in the status bar");
    }

    @Test
    void oneStatementSaysNoStatementCount() {
        model.run(ScriptSplitter.split("SELECT 1"));
        String summary = model.summaryProperty().get();
        assertTrue(summary.startsWith("big.db · 1 row, "), summary);
    }
}
