package dev.sextant.ui.app;

import dev.sextant.core.connect.ConnectionSpec;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.sql.ScriptSplitter;
import dev.sextant.core.task.BackgroundRunner;
import dev.sextant.core.task.ImmediateRunner;
import dev.sextant.testsupport.ScriptedQuestions;
import dev.sextant.testsupport.SqliteFiles;
import dev.sextant.ui.editor.EditorTabViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The toolbar's state follows the selected tab, without a window: a real SQLite file, a runner the test steps. */
class MainWindowModelTest {

    @TempDir
    Path dir;

    /** Holds each piece of work until the test lets it run, so "busy" can be seen. */
    private static final class SteppedRunner implements BackgroundRunner {
        private final Queue<Runnable> waiting = new ArrayDeque<>();

        @Override
        public <T> Running run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            waiting.add(() -> new ImmediateRunner().run(work, onSuccess, onFailure));
            return new Running() {
                @Override
                public void cancel() {
                }

                @Override
                public boolean isDone() {
                    return false;
                }
            };
        }

        void runAll() {
            while (!waiting.isEmpty()) {
                waiting.remove().run();
            }
        }
    }

    @Test
    void runIsOfferedOnlyOnAConnectedTabThatIsNotBusy() throws Exception {
        Path file = dir.resolve("notes.db");
        SqliteFiles.execute(file, "CREATE TABLE notes (id INTEGER PRIMARY KEY)");
        SteppedRunner runner = new SteppedRunner();
        EditorTabViewModel tab = new EditorTabViewModel(Endpoint.of(ConnectionSpec.sqlite(file)), runner,
                new ImmediateRunner(), new ScriptedQuestions());
        MainWindowModel model = new MainWindowModel();

        assertFalse(model.canOpenTabProperty().get(), "no tab yet, so no tab to open another beside");
        assertFalse(model.canRunProperty().get());
        model.selectedProperty().set(tab);
        assertTrue(model.canOpenTabProperty().get());

        tab.connect();
        assertFalse(model.canRunProperty().get(), "still connecting");
        assertTrue(model.canCancelProperty().get(), "connecting is work that can be cancelled");
        runner.runAll();
        assertTrue(model.canRunProperty().get(), "connected and idle");
        assertFalse(model.canCancelProperty().get());

        tab.run(ScriptSplitter.split("SELECT count(*) FROM notes"));
        assertFalse(model.canRunProperty().get(), "running a statement");
        assertTrue(model.canCancelProperty().get());
        runner.runAll();
        assertTrue(model.canRunProperty().get());

        model.selectedProperty().set(null);
        assertFalse(model.canRunProperty().get(), "no tab selected");
        tab.close(null, error -> { });
        runner.runAll();
    }
}
