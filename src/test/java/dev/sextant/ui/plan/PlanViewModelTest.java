package dev.sextant.ui.plan;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.run.Message;
import dev.sextant.core.task.ImmediateRunner;
import dev.sextant.testsupport.ScriptedQuestions;
import dev.sextant.testsupport.SqliteFiles;
import dev.sextant.ui.editor.EditorTabViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan view model on a real tab model with the synchronous runner: no window, a real SQLite file. */
class PlanViewModelTest {

    @TempDir
    Path dir;
    private EditorTabViewModel tab;
    private PlanViewModel plans;
    private final List<Message> messages = new ArrayList<>();

    @BeforeEach
    void connect() throws Exception {
        Path file = dir.resolve("music.db");
        SqliteFiles.execute(file, "CREATE TABLE artists (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
        tab = new EditorTabViewModel(Endpoint.of(ConnectionSpec.sqlite(file)), new ImmediateRunner(), new ImmediateRunner(),
                new ScriptedQuestions());
        tab.connect();
        plans = new PlanViewModel(tab, messages::add);
    }

    @AfterEach
    void close() {
        tab.close(null, error -> { });
    }

    @Test
    void aPlanBecomesTheLatestAndSaysHowItWasObtained() {
        plans.explain("SELECT * FROM artists WHERE id = 1", false);

        assertTrue(plans.latestProperty().get().root().children().get(0).operation().startsWith("SEARCH"));
        assertEquals(Message.info("Estimated by the planner; the statement was not run."), messages.get(0));
    }

    @Test
    void pinningKeepsThePlanAsideWhileTheNextArrives() {
        plans.explain("SELECT * FROM artists", false);
        var first = plans.latestProperty().get();
        plans.pinLatest();
        plans.explain("SELECT * FROM artists WHERE id = 2", false);

        assertSame(first, plans.pinnedProperty().get());
        assertTrue(plans.latestProperty().get() != first);
        plans.unpin();
        assertNull(plans.pinnedProperty().get());
    }

    @Test
    void aServerErrorReachesTheMessagesAndKeepsThePlanShown() {
        plans.explain("SELECT * FROM artists", false);
        var shown = plans.latestProperty().get();
        plans.explain("SELECT * FROM no_such_table", false);

        Message last = messages.get(messages.size() - 1);
        assertEquals(Message.Kind.ERROR, last.kind());
        assertTrue(last.text().contains("no_such_table"), last.text());
        assertSame(shown, plans.latestProperty().get());
    }
}
