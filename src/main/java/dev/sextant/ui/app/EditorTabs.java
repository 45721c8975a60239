package dev.sextant.ui.app;

import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.run.Questions;
import dev.sextant.core.session.RunOptions;
import dev.sextant.core.session.EditorSession;
import dev.sextant.core.store.QueryHistory;
import dev.sextant.core.task.BackgroundRunner;
import dev.sextant.ui.common.FxRunner;
import dev.sextant.ui.editor.EditorTabView;
import dev.sextant.ui.editor.EditorTabViewModel;
import dev.sextant.ui.editor.TabDocument;
import dev.sextant.ui.history.HistoryRecorder;
import dev.sextant.ui.history.HistoryWindow;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.List;
import java.util.function.Consumer;

/**
 * The editor tabs: each opened with a session and a runner of its own and the app's run options,
 * the selected one followed (the toolbar and status bar act on it), each closed through {@link TabClosing}.
 */
final class EditorTabs {

    /** What a new tab starts with. */
    record Opening(Endpoint endpoint, EditorSession session, String title, String text, boolean runNow,
                   boolean connect, boolean autocommit) {

        /** A connected tab in autocommit, with {@code session} when already open (null: it connects itself). */
        static Opening of(Endpoint endpoint, EditorSession session, String title, String text, boolean runNow) {
            return new Opening(endpoint, session, title, text, runNow, true, true);
        }
    }

    private final TabPane tabs;
    private final BackgroundRunner side;
    private final Questions questions;
    private final RunOptions options;
    private final HistoryRecorder history;
    private final TabClosing closing;
    private final Consumer<EditorTabView> opened;
    private final ReadOnlyObjectWrapper<EditorTabView> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private int counter;

    EditorTabs(TabPane tabs, BackgroundRunner side, Questions questions, RunOptions options, HistoryRecorder history, TabClosing closing,
               Consumer<EditorTabView> opened) {
        this.tabs = tabs;
        this.side = side;
        this.questions = questions;
        this.options = options;
        this.history = history;
        this.closing = closing;
        this.opened = opened;
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> follow(old, now));
    }

    /** The selected editor tab, or null. */
    ReadOnlyObjectProperty<EditorTabView> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    EditorTabView selected() {
        return selected.get();
    }

    void select(EditorTabView view) {
        tabs.getSelectionModel().select(view.tab());
    }

    List<EditorTabView> all() {
        return tabs.getTabs().stream().map(Tab::getUserData)
                .filter(EditorTabView.class::isInstance).map(EditorTabView.class::cast).toList();
    }

    /** Opens a tab and selects it; it connects (and runs its whole text when asked) in the background. */
    EditorTabView open(Opening o) {
        FxRunner tabRunner = FxRunner.singleThread("tab-" + (++counter));
        EditorTabViewModel model = new EditorTabViewModel(o.endpoint(), tabRunner, side, questions, options);
        model.setStatementLog(history);
        if (!o.autocommit()) {
            model.startInManualMode();
        }
        EditorTabView view = new EditorTabView(model, o.title(), o.text());
        TabDocument.attach(view, o.title(), o.text());
        opened.accept(view);
        closing.track(view, tabRunner);
        tabs.getTabs().add(view.tab());
        tabs.getSelectionModel().select(view.tab());
        if (dev.sextant.ui.results.GridWarmUp.switchedOn()) {
            view.prepareFirstPane(); // after the warm-up, as the user writes the tab's first query
        }
        if (o.session() != null) {
            model.adopt(o.session());
        } else if (o.connect()) {
            model.connect(o.runNow() ? view.wholeScript() : List.of());
        }
        return view;
    }

    /** A tab on {@code like}'s connection (connected when it is), holding {@code text}. */
    EditorTabView openLike(EditorTabView like, String title, String text) {
        return open(new Opening(like.model().endpoint(), null, title, text, false, like.model().isConnected(), true));
    }

    private void follow(Tab old, Tab now) {
        if (old != null && old.getUserData() instanceof EditorTabView view) {
            view.setActive(false);
        }
        EditorTabView view = now == null ? null : (EditorTabView) now.getUserData();
        if (view != null) {
            view.setActive(true);
        }
        selected.set(view);
    }

    /** Run, Run script, Cancel and New tab act on the selected tab, enabled as {@code model} says. */
    void driveToolbar(MainWindowModel model, Button run, Button runScript, Button cancel, Button newTab) {
        run.setOnAction(e -> runAtCaret());
        runScript.setOnAction(e -> runScript());
        cancel.setOnAction(e -> cancel());
        newTab.setOnAction(e -> openBesideSelected());
        run.disableProperty().bind(model.canRunProperty().not());
        runScript.disableProperty().bind(model.canRunProperty().not());
        cancel.disableProperty().bind(model.canCancelProperty().not());
        newTab.disableProperty().bind(model.canOpenTabProperty().not());
    }

    /** Runs the statement at the caret (or the selection) of the selected tab. */
    void runAtCaret() {
        EditorTabView view = selected.get();
        if (view != null && view.model().isConnected() && !view.model().busyProperty().get()) {
            // A run replaces the tab's results: grid edits not saved are asked about first.
            closing.afterEdits(view, "Run", () -> view.model().run(view.statementsToRun(), TabDocument.of(view).file()),
                    () -> { });
        }
    }

    /** Formats the selected tab's selection or statement at the caret (Ctrl+Shift+F). */
    void formatSelected() {
        EditorTabView view = selected.get();
        if (view != null) {
            view.format();
        }
    }

    /** Runs the selected tab's whole script. */
    void runScript() {
        EditorTabView view = selected.get();
        if (view != null && view.model().isConnected() && !view.model().busyProperty().get()) {
            closing.afterEdits(view, "Run script", () -> view.model().run(view.wholeScript(), TabDocument.of(view).file()),
                    () -> { });
        }
    }

    void cancel() {
        EditorTabView view = selected.get();
        if (view != null) {
            view.model().cancel();
        }
    }

    /** A new empty tab on the selected tab's connection; like every tab it opens a session of its own. */
    void openBesideSelected() {
        EditorTabView like = selected.get();
        if (like != null) {
            Endpoint endpoint = like.model().endpoint();
            EditorTabView fresh = open(new Opening(endpoint, null, ConnectionsTree.shownName(endpoint, null), "", false,
                    like.model().isConnected(), true));
            javafx.application.Platform.runLater(() -> fresh.editor().requestFocus()); // ready to type into
        }
    }

    /** The history window, on the selected tab's connection, putting a statement picked there into that tab. */
    void showHistory(QueryHistory entries, javafx.stage.Window owner) {
        EditorTabView view = selected.get();
        new HistoryWindow(entries, side, this::insertIntoSelected).show(owner, view == null ? null : view.model().connectionName());
    }

    /** Puts {@code sql} (from the history) into the selected tab's editor. */
    void insertIntoSelected(String sql) {
        if (selected.get() != null) {
            HistoryWindow.insertInto(selected.get().editor(), sql);
        }
    }

    /** Closes the selected tab as its close button would (Ctrl+W). */
    void closeSelected() {
        if (selected.get() != null) {
            closing.requestClose(selected.get());
        }
    }
}
