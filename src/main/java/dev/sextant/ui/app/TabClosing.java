package dev.sextant.ui.app;

import dev.sextant.core.session.TransactionEnd;
import dev.sextant.ui.common.FxRunner;
import dev.sextant.ui.editor.EditorTabView;
import dev.sextant.ui.editor.SqlFiles;
import dev.sextant.ui.editor.TabDocument;
import dev.sextant.core.run.Questions;
import dev.sextant.core.text.Wording;
import dev.sextant.ui.dialogs.UnsavedEditsQuestion;
import dev.sextant.ui.results.GridEdits;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Closes editor tabs and the app without losing anything silently: an open transaction is
 * ended as the user chooses, text that is in no file is saved or discarded as they choose,
 * and each tab's own runner is shut down once its session is closed.
 */
final class TabClosing {

    private final TabPane editorTabs;
    private final Questions questions;
    private final SqlFiles sqlFiles;
    private final Map<Tab, FxRunner> runners = new HashMap<>();

    TabClosing(TabPane editorTabs, Questions questions, SqlFiles sqlFiles) {
        this.editorTabs = editorTabs;
        this.questions = questions;
        this.sqlFiles = sqlFiles;
    }

    /** Takes over closing the tab (its close button), and its runner's shutdown. */
    void track(EditorTabView view, FxRunner runner) {
        runners.put(view.tab(), runner);
        view.tab().setOnCloseRequest(e -> {
            e.consume(); // closing is ours to finish, after asking where a transaction is open
            requestClose(view);
        });
    }

    /**
     * Closes a tab as its close button or Ctrl+W asks: with a transaction open, asks how to end
     * it; then, with text that is in no file, whether to save it first.
     */
    void requestClose(EditorTabView view) {
        requestClose(view, closed -> { });
    }

    /**
     * The same, then tells {@code closed} whether the tab is gone (false: the user kept it, or a
     * commit failed). Grid edits not saved are asked about first: Save sends them (a refused save
     * keeps the tab open on its error), Discard drops them, Cancel keeps everything.
     */
    void requestClose(EditorTabView view, Consumer<Boolean> closed) {
        afterEdits(view, "Close tab", () -> closeAfterEdits(view, closed), () -> closed.accept(false));
    }

    /**
     * Runs {@code then} once {@code view}'s grid edits not saved are dealt with as the user chooses
     * ({@code action}, e.g. "Run", says what would otherwise drop them): Save sends them, Discard drops
     * them, Cancel (or a save the server refused, shown on its row) runs {@code kept} instead.
     */
    void afterEdits(EditorTabView view, String action, Runnable then, Runnable kept) {
        List<GridEdits> edits = view.pendingEdits();
        if (edits.isEmpty()) {
            then.run();
            return;
        }
        switch (UnsavedEditsQuestion.ask(editorTabs.getScene() == null ? null : editorTabs.getScene().getWindow(),
                action + ": " + notSaved(edits))) {
            case SAVE -> saveAll(edits, 0, saved -> {
                if (saved) {
                    then.run();
                } else {
                    editorTabs.getSelectionModel().select(view.tab());
                    kept.run();
                }
            });
            case DISCARD -> then.run();
            case CANCEL -> kept.run();
        }
    }

    /** "3 changes in the grid are not saved." */
    private static String notSaved(List<GridEdits> edits) {
        int pending = edits.stream().mapToInt(GridEdits::pendingCount).sum();
        return Wording.count(pending, "change") + " in the grid " + Wording.verb(pending, "is", "are") + " not saved.";
    }

    /** Saves each result's edits in turn, stopping at the first that the server refuses. */
    private static void saveAll(List<GridEdits> edits, int from, Consumer<Boolean> done) {
        if (from == edits.size()) {
            done.accept(true);
            return;
        }
        edits.get(from).save(saved -> {
            if (saved) {
                saveAll(edits, from + 1, done);
            } else {
                done.accept(false);
            }
        });
    }

    private void closeAfterEdits(EditorTabView view, Consumer<Boolean> closed) {
        TransactionEnd end = null;
        if (view.model().hasOpenTransaction()) {
            Optional<TransactionEnd> chosen = questions.howToEndTransaction("Close tab", view.model().statusProperty().get());
            if (chosen.isEmpty()) {
                closed.accept(false);
                return;
            }
            end = chosen.get();
        }
        TabDocument document = TabDocument.of(view);
        TransactionEnd ending = end;
        Questions.UnsavedText answer = document.unsaved()
                ? questions.whatToDoWithUnsavedText(document.title()) : Questions.UnsavedText.DISCARD;
        switch (answer) {
            case SAVE -> sqlFiles.save(view, () -> close(view, ending, closed));
            case DISCARD -> close(view, ending, closed);
            case CANCEL -> closed.accept(false);
        }
    }

    /**
     * Closes a tab's session, ending its transaction as chosen (null: nothing is open), then the
     * tab. A commit that is not carried out keeps the tab open on its message and state.
     */
    private void close(EditorTabView view, TransactionEnd end, Consumer<Boolean> closed) {
        view.model().close(end, error -> {
            if (error != null) {
                editorTabs.getSelectionModel().select(view.tab());
                closed.accept(false);
                return;
            }
            FxRunner runner = runners.remove(view.tab());
            editorTabs.getTabs().remove(view.tab());
            if (runner != null) {
                runner.close();
            }
            closed.accept(true);
        });
    }

    /**
     * Quitting with open transactions asks once for all tabs; the window closes only after
     * every chosen commit or rollback was confirmed, off the FX thread. When one is not carried
     * out the window stays open on that tab, which says why. The text needs no question: it is
     * kept and comes back on the next start.
     */
    void guardClose(Stage stage, Supplier<List<EditorTabView>> editors) {
        stage.setOnCloseRequest(e -> {
            List<GridEdits> edits = editors.get().stream().flatMap(v -> v.pendingEdits().stream()).toList();
            UnsavedEditsQuestion.Answer answer = edits.isEmpty() ? UnsavedEditsQuestion.Answer.DISCARD
                    : UnsavedEditsQuestion.ask(stage, "Quit: " + notSaved(edits));
            if (answer != UnsavedEditsQuestion.Answer.DISCARD) {
                e.consume();
                if (answer == UnsavedEditsQuestion.Answer.SAVE) {
                    // Once saved, quitting asks again: a manual-mode save leaves a transaction to end.
                    saveAll(edits, 0, saved -> {
                        if (saved) {
                            stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
                        }
                    });
                }
                return;
            }
            List<EditorTabView> open = editors.get().stream().filter(v -> v.model().hasOpenTransaction()).toList();
            if (open.isEmpty()) {
                return;
            }
            e.consume();
            questions.howToEndTransactions(open.size()).ifPresent(end -> endAllThenClose(stage, open, end));
        });
    }

    private void endAllThenClose(Stage stage, List<EditorTabView> open, TransactionEnd end) {
        int[] remaining = {open.size()};
        boolean[] refused = {false};
        for (EditorTabView view : open) {
            view.model().endTransaction(end, error -> {
                if (error != null && !refused[0]) {
                    refused[0] = true;
                    editorTabs.getSelectionModel().select(view.tab());
                }
                if (--remaining[0] == 0 && !refused[0]) {
                    stage.close();
                }
            });
        }
    }

    /** Closes every tab's session (rolling back what is uncommitted) on the tab's own thread. */
    void closeAll(List<EditorTabView> editors) {
        editors.forEach(view -> view.model().close(null, error -> { }));
        runners.values().forEach(FxRunner::close);
        runners.clear();
    }
}
