package dev.sextant.core.run;

import dev.sextant.ui.editor.EditorTabViewModel;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Counts over a thousand read "1,500 rows" in the messages, the history and the summary, in any locale. */
class CountWordingTest {

    @TempDir
    Path dir;
    private final Locale before = Locale.getDefault();
    private EditorTabViewModel model;
    private final List<String> logged = new ArrayList<>();

    @BeforeEach
    void connect() throws Exception {
        Locale.setDefault(Locale.GERMANY); // its own grouping would write 1.500
        Path file = dir.resolve("big.db");
        SqliteFiles.execute(file, "CREATE TABLE n (i INTEGER PRIMARY KEY, v INTEGER)",
                "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 1500) "
                        + "INSERT INTO n SELECT i, i * 1000 FROM c");
        model = new EditorTabViewModel(Endpoint.of(ConnectionSpec.sqlite(file)), new ImmediateRunner(),
                new ImmediateRunner(), new ScriptedQuestions());
        model.setStatementLog((connection, sql, millis, outcome, failed) -> logged.add(outcome));
        model.connect();
    }

    @AfterEach
    void close() {
        model.close(null, error -> { });
        Locale.setDefault(before);
    }

    @Test
    void updateCountsAreGrouped() {
        model.run(ScriptSplitter.split("UPDATE n SET v = v + 1 WHERE i > 0"));
        assertEquals(List.of("UPDATE: 1,500 rows"), model.messages().stream().map(Message::text).toList());
        assertEquals(List.of("UPDATE: 1,500 rows"), logged);
    }

    @Test
    void aStreamedResultCountsItsFirstPageGroupedAndCellsStayAsWritten() {
        model.run(ScriptSplitter.split("SELECT i, v FROM n ORDER BY i"));
        assertEquals("SELECT: the first 1,000 rows; more load as you scroll.", model.messages().get(0).text());
        assertEquals(List.of("1,000+ rows"), logged);
        Object cell = model.results().get(0).rows().get(999)[1];
        assertEquals("1000000", String.valueOf(cell), "a value is shown as the database holds it, ungrouped");

        model.fetchAll(model.results().get(0));
        assertEquals("big.db · 1,500 rows fetched", model.summaryProperty().get());
    }
}
