package dev.sextant.ui.app;

import dev.sextant.ui.dialogs.FilePicker;
import atlantafx.base.theme.Styles;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.meta.CatalogNode;
import dev.sextant.core.meta.CatalogReader;
import dev.sextant.core.meta.PostgresCatalog;
import dev.sextant.core.meta.SqliteCatalog;
import dev.sextant.core.session.PlainError;
import dev.sextant.core.session.SqlSession;
import dev.sextant.ui.common.FxRunner;
import dev.sextant.ui.connect.ConnectionDialog;
import dev.sextant.ui.connect.ConnectionDialogModel;
import dev.sextant.ui.common.Views;
import dev.sextant.core.store.RememberedPasswords;
import dev.sextant.ui.dataio.ImportLauncher;
import dev.sextant.ui.editor.BufferKeeper;
import dev.sextant.ui.editor.EditorTabView;
import dev.sextant.ui.editor.EditorTabViewModel;
import dev.sextant.core.run.Message;
import dev.sextant.ui.dialogs.SqlFilePicker;
import dev.sextant.ui.editor.SqlFiles;
import dev.sextant.ui.editor.TabDocument;
import dev.sextant.ui.history.HistoryRecorder;
import dev.sextant.ui.history.HistoryWindow;
import dev.sextant.ui.dialogs.DialogQuestions;
import dev.sextant.ui.transaction.TransactionBar;
import dev.sextant.ui.tree.SchemaTreeCell;
import dev.sextant.ui.tree.SchemaTreeItem;
import dev.sextant.ui.tree.TreeActions;
import dev.sextant.ui.tree.TreeHost;
import dev.sextant.ui.tree.TreeEntry;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The main window: toolbar, schema tree, editor tabs and status bar. It wires the toolbar to
 * the selected editor tab and opens connections; the work itself lives in the view models.
 */
public final class MainWindow implements TreeHost, SqlFiles.Host, BufferKeeper.Host {

    @FXML private BorderPane root;
    @FXML private javafx.scene.layout.HBox toolbar;
    @FXML private Button newConnectionButton;
    @FXML private Button runButton;
    @FXML private Button runScriptButton;
    @FXML private Button cancelButton;
    @FXML private ToggleButton autocommitToggle;
    @FXML private Button commitButton;
    @FXML private Button rollbackButton;
    @FXML private Label txStatus;
    @FXML private ToggleButton themeToggle;
    @FXML private CheckMenuItem savepointOption;
    @FXML private CheckMenuItem continueOption;
    @FXML private TreeView<TreeEntry> schemaTree;
    @FXML private TabPane editorTabs;
    @FXML private Button newTabButton;
    @FXML private Label statusText;

    private final AppServices services;
    private final FilePicker filePicker;
    private final SqlFilePicker sqlFilePicker;
    private final Consumer<Boolean> themeSwitch;
    private final ObjectProperty<EditorTabView> selected = new SimpleObjectProperty<>(this, "selected");
    private final DialogQuestions questions = new DialogQuestions(() -> root.getScene().getWindow());
    private TransactionBar transactionBar;
    private StatusLine statusLine;
    private int tabCounter;
    private SqlFiles sqlFiles;
    private final SqliteOpener sqliteOpener;
    private TabClosing closing;
    private BufferKeeper keeper;
    private HistoryRecorder historyRecorder;
    private ImportLauncher importer;

    public MainWindow(AppServices services, FilePicker filePicker, SqlFilePicker sqlFilePicker,
                      Consumer<Boolean> themeSwitch) {
        this.services = services;
        this.filePicker = filePicker;
        this.sqlFilePicker = sqlFilePicker;
        this.themeSwitch = themeSwitch;
        this.sqliteOpener = new SqliteOpener(services, this, (endpoint, session) -> openConnection(endpoint, session, ""));
    }

    public Parent load() {
        return Views.load(this, "app/MainWindow.fxml");
    }

    @FXML
    private void initialize() {
        layOutToolbar();
        setUpTree();
        transactionBar = new TransactionBar(autocommitToggle, commitButton, rollbackButton, txStatus);
        statusLine = new StatusLine(statusText);
        sqlFiles = new SqlFiles(sqlFilePicker, services.side(), this);
        closing = new TabClosing(editorTabs, questions, sqlFiles, this::window);
        keeper = new BufferKeeper(services.buffers(), new RememberedPasswords(services.saved(), services.environment()),
                services.side(), this, problem -> tell(problem, null, true));
        historyRecorder = new HistoryRecorder(services.history(), services.side(), problem -> tell(problem, null, true));
        editorTabs.getTabs().addListener((ListChangeListener<Tab>) change -> keeper.changed());
        editorTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> select(old, now));
        refreshSelectedState();
        importer = new ImportLauncher(services.side(), services.pools(), sentence -> tell(sentence, null, false));
        sqliteOpener.acceptDrops(root, this::importCsv);
        savepointOption.selectedProperty().addListener((obs, was, now) -> eachEditor(
                view -> view.model().setRollbackFailedStatementOnly(now)));
        continueOption.selectedProperty().addListener((obs, was, now) -> eachEditor(
                view -> view.model().setContinueAfterError(now)));
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
    }

    private void layOutToolbar() {
        runButton.getStyleClass().add(Styles.ACCENT);
        // Buttons keep their labels, and the transaction indicator its one fixed width (see TransactionBar).
        toolbar.getChildren().forEach(node -> {
            if (node instanceof javafx.scene.layout.Region region && node != txStatus) {
                region.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        toolbar.setMinWidth(0); // never widen the window: on a very narrow one the end is clipped
    }

    private void setUpTree() {
        schemaTree.setRoot(new TreeItem<>());
        schemaTree.setCellFactory(tree -> new SchemaTreeCell());
        new TreeActions(this, services.pools()).install(schemaTree);
        schemaTree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F5 && schemaTree.getSelectionModel().getSelectedItem() instanceof SchemaTreeItem item) {
                item.refresh();
            }
        });
    }

    private void installShortcuts(Scene scene) {
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN), this::run);
        keys.put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), this::runScript);
        keys.put(new KeyCodeCombination(KeyCode.ESCAPE), this::cancel);
        keys.put(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), this::quit);
        keys.put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::openSql);
        keys.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::saveSql);
        keys.put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), this::newTab);
        keys.put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), () -> {
            if (selected.get() != null) {
                closing.requestClose(selected.get());
            }
        });
    }

    private void select(Tab old, Tab now) {
        if (old != null && old.getUserData() instanceof EditorTabView view) {
            view.setActive(false);
        }
        EditorTabView view = now == null ? null : (EditorTabView) now.getUserData();
        if (view != null) {
            view.setActive(true);
        }
        selected.set(view);
        transactionBar.follow(view == null ? null : view.model());
        refreshSelectedState();
        statusLine.follow(view == null ? null : view.model());
    }

    private void refreshSelectedState() {
        EditorTabView view = selected.get();
        boolean busy = view != null && view.model().busyProperty().get();
        boolean usable = view != null && view.model().isConnected() && !busy;
        runButton.setDisable(!usable);
        runScriptButton.setDisable(!usable);
        cancelButton.setDisable(!busy);
        newTabButton.setDisable(view == null);
    }

    /** Adds a connection to the tree and opens an editor tab on it (with an already-open session, if given). */
    public EditorTabView openConnection(Endpoint endpoint, SqlSession session, String initialText) {
        return openConnection(endpoint, session, null, initialText);
    }

    /** As above, shown under the name it was saved as (null: its address). */
    private EditorTabView openConnection(Endpoint endpoint, SqlSession session, String savedName, String initialText) {
        addToTree(endpoint, savedName);
        return openEditor(endpoint, session, shownName(endpoint, savedName), initialText, false);
    }

    /** The connection's name as tabs and the tree show it: the saved name if any; a read-only one says so. */
    private static String shownName(Endpoint endpoint, String savedName) {
        return (savedName == null ? endpoint.spec().displayName() : savedName)
                + (endpoint.spec().readOnly() ? " (read-only)" : "");
    }

    private void addToTree(Endpoint endpoint) {
        addToTree(endpoint, null);
    }

    private void addToTree(Endpoint endpoint, String savedName) {
        SchemaTreeItem.Connection connection = new SchemaTreeItem.Connection(endpoint, catalogFor(endpoint),
                services.metadata(), error -> tell(error.sentence(), error.detail(), true));
        CatalogNode node = savedName == null ? CatalogNode.connection(shownName(endpoint, null))
                : CatalogNode.connection(shownName(endpoint, savedName), endpoint.spec().displayName());
        SchemaTreeItem item = new SchemaTreeItem(node, connection);
        schemaTree.getRoot().getChildren().add(item);
        item.setExpanded(true);
    }

    /** Brings back the tabs of the last run (see {@link BufferKeeper}); with none, runs {@code otherwise}. */
    public void restoreTabsOrElse(Runnable otherwise) {
        keeper.restoreOrElse(otherwise);
    }

    @Override
    public EditorTabView openRestored(Endpoint endpoint, String title, String text, boolean autocommit, boolean connect) {
        String name = endpoint.spec().displayName();
        boolean inTree = schemaTree.getRoot().getChildren().stream()
                .anyMatch(item -> item instanceof SchemaTreeItem s && s.node().name().equals(name));
        if (connect && !inTree) {
            addToTree(endpoint);
        }
        return openEditor(endpoint, null, title, text, false, connect, autocommit);
    }

    @Override
    public void signIn(EditorTabView view) {
        ConnectionDialogModel model = new ConnectionDialogModel(services.environment(), services.side(), services.saved());
        model.fillFrom(view.model().endpoint().spec(), view.model().autocommitMode());
        new ConnectionDialog(model, services.side(), filePicker, this::connected).show(root.getScene().getWindow());
    }

    @Override
    public EditorTabView openEditorLike(EditorTabView like, String title, String text) {
        return openEditor(like.model().endpoint(), null, title, text, false, like.model().isConnected(), true);
    }

    @Override
    public EditorTabView selectedEditor() {
        return selected.get();
    }

    @Override
    public void select(EditorTabView view) {
        editorTabs.getSelectionModel().select(view.tab());
    }

    @Override
    public void openEditor(Endpoint endpoint, String title, String text, boolean runNow) {
        openEditor(endpoint, null, title, text, runNow);
    }

    @Override
    public void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void tell(String sentence, String detail, boolean error) {
        EditorTabView view = selected.get();
        if (view != null) {
            view.model().messages().add(error ? Message.error(sentence, detail) : Message.info(sentence));
        }
        statusLine.tell(sentence);
    }

    @Override
    public void disconnect(SchemaTreeItem item) {
        Endpoint endpoint = item.connection().endpoint();
        List<EditorTabView> tabs = editors().stream().filter(view -> sameConnection(view.model().endpoint(), endpoint)).toList();
        // Tabs close in the background (their sessions end first): the node goes once they all did.
        int[] waiting = {tabs.size()};
        boolean[] kept = {false};
        Runnable whenAllAnswered = () -> {
            if (kept[0]) {
                tell("Still connected to " + endpoint.spec().displayName() + ": a tab was kept open.", null, false);
            } else {
                forget(item, endpoint);
            }
        };
        if (tabs.isEmpty()) {
            whenAllAnswered.run();
        }
        for (EditorTabView view : tabs) {
            closing.requestClose(view, closed -> {
                kept[0] |= !closed;
                if (--waiting[0] == 0) {
                    whenAllAnswered.run();
                }
            });
        }
    }

    /** Takes a disconnected connection's node out of the tree and closes its pools. */
    private void forget(SchemaTreeItem item, Endpoint endpoint) {
        schemaTree.getRoot().getChildren().remove(item);
        // PostgreSQL has a pool per database: an empty database name matches them all.
        Endpoint wholeServer = endpoint.spec().engine() == Engine.POSTGRESQL ? endpoint.forDatabase("") : endpoint;
        services.side().run(() -> {
            services.pools().closeFor(wholeServer);
            return null;
        }, done -> tell("Disconnected from " + endpoint.spec().displayName() + ".", null, false),
                error -> tell(PlainError.of(error).sentence(), PlainError.of(error).detail(), true));
    }

    /** Whether two endpoints are the same connection, whichever database of the server each is on. */
    private static boolean sameConnection(Endpoint a, Endpoint b) {
        return a.spec().withDatabase(null).equals(b.spec().withDatabase(null));
    }

    @Override
    public Window window() {
        return root.getScene().getWindow();
    }

    private CatalogReader catalogFor(Endpoint endpoint) {
        return endpoint.spec().engine() == Engine.SQLITE
                ? new SqliteCatalog(services.pools().poolFor(endpoint))
                : new PostgresCatalog(services.pools(), endpoint);
    }

    private EditorTabView openEditor(Endpoint endpoint, SqlSession session, String title, String initialText,
                                     boolean runNow) {
        return openEditor(endpoint, session, title, initialText, runNow, true, true);
    }

    private EditorTabView openEditor(Endpoint endpoint, SqlSession session, String title, String initialText,
                                     boolean runNow, boolean connect, boolean autocommit) {
        FxRunner tabRunner = FxRunner.singleThread("tab-" + (++tabCounter));
        EditorTabViewModel model = new EditorTabViewModel(endpoint, tabRunner, services.side(), questions);
        model.setRollbackFailedStatementOnly(savepointOption.isSelected());
        model.setContinueAfterError(continueOption.isSelected());
        model.setStatementLog(historyRecorder);
        if (!autocommit) {
            model.startInManualMode();
        }
        EditorTabView view = new EditorTabView(model, title, initialText);
        TabDocument.attach(view, title, initialText);
        keeper.watch(view);
        model.busyProperty().addListener((obs, was, now) -> {
            if (view == selected.get()) {
                refreshSelectedState();
            }
        });
        model.connectedProperty().addListener((obs, was, now) -> {
            if (view == selected.get()) {
                refreshSelectedState();
            }
        });
        closing.track(view, tabRunner);
        editorTabs.getTabs().add(view.tab());
        editorTabs.getSelectionModel().select(view.tab());
        if (session != null) {
            model.adopt(session);
        } else if (connect) {
            model.connect(runNow ? view.wholeScript() : List.of());
        }
        return view;
    }

    /** Quitting asks about open transactions first (see {@link TabClosing}). */
    public void guardClose(Stage stage) {
        closing.guardClose(stage, this::editors);
    }

    @Override
    public List<EditorTabView> editors() {
        return editorTabs.getTabs().stream().map(Tab::getUserData)
                .filter(EditorTabView.class::isInstance).map(EditorTabView.class::cast).toList();
    }

    private void eachEditor(Consumer<EditorTabView> action) {
        editors().forEach(action);
    }

    @FXML
    private void newConnection() {
        EditorTabView waiting = selected.get();
        if (waiting != null && !waiting.model().isConnected() && !waiting.model().busyProperty().get()) {
            signIn(waiting); // a tab that came back without its password: sign in to its own connection
            return;
        }
        ConnectionDialogModel model = new ConnectionDialogModel(services.environment(), services.side(), services.saved());
        model.loadDefaults();
        new ConnectionDialog(model, services.side(), filePicker, this::connected).show(root.getScene().getWindow());
    }

    /** A connection the dialog opened: it joins the selected tab if that tab was waiting for it (restored, no password). */
    private void connected(Endpoint endpoint, SqlSession session, String savedName) {
        EditorTabView view = selected.get();
        if (view != null && !view.model().isConnected() && !view.model().busyProperty().get()
                && view.model().connectionName().equals(endpoint.spec().displayName())) {
            addToTree(endpoint, savedName);
            view.model().adopt(session);
        } else {
            openConnection(endpoint, session, savedName, "");
        }
    }

    /** A new empty tab on the selected tab's connection; like every tab it opens a session of its own. */
    @FXML
    private void newTab() {
        EditorTabView like = selected.get();
        if (like != null) {
            Endpoint endpoint = like.model().endpoint();
            EditorTabView fresh = openEditor(endpoint, null, shownName(endpoint, null), "", false,
                    like.model().isConnected(), true);
            javafx.application.Platform.runLater(() -> fresh.editor().requestFocus()); // ready to type into
        }
    }

    @FXML
    private void openSql() {
        sqlFiles.open();
    }

    @FXML
    private void saveSql() {
        if (selected.get() != null) {
            sqlFiles.save(selected.get(), () -> { });
        }
    }

    @FXML
    private void showHistory() {
        EditorTabView view = selected.get();
        new HistoryWindow(services.history(), services.side(), sql -> {
            if (selected.get() != null) {
                HistoryWindow.insertInto(selected.get().editor(), sql);
            }
        }).show(window(), view == null ? null : view.model().connectionName());
    }

    @FXML
    private void importCsv() {
        importCsv(null);
    }

    /** Opens the import dialog for the selected tab's connection, with {@code file} chosen when given. */
    public void importCsv(Path file) {
        EditorTabView view = selected.get();
        importer.open(window(), view == null ? null : view.model(), file, () -> refreshTreeOf(view.model().endpoint()));
    }

    @Override
    public void importCsvInto(Endpoint endpoint, String schema, String table) {
        EditorTabView view = editors().stream()
                .filter(v -> v.model().isConnected() && v.model().endpoint().spec().equals(endpoint.spec()))
                .findFirst().orElse(null);
        if (view != null) {
            select(view);
            importer.open(window(), view.model(), null, schema, table, () -> refreshTreeOf(endpoint));
            return;
        }
        // No tab holds that database yet: the import gets one of its own, as Open data does.
        EditorTabView opened = openEditor(endpoint, null, shownName(endpoint, null), "", false);
        opened.model().connectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (now) {
                    obs.removeListener(this);
                    importer.open(window(), opened.model(), null, schema, table, () -> refreshTreeOf(endpoint));
                }
            }
        });
    }

    private void refreshTreeOf(Endpoint endpoint) {
        schemaTree.getRoot().getChildren().stream()
                .filter(item -> item instanceof SchemaTreeItem s && sameConnection(s.connection().endpoint(), endpoint))
                .forEach(item -> ((SchemaTreeItem) item).refresh());
    }

    @FXML
    private void openFile() {
        filePicker.pickDatabaseFile(root.getScene().getWindow()).ifPresent(this::openSqliteFile);
    }

    /** Opens a SQLite file in the background; a bad file gets one sentence and changes nothing else. */
    public void openSqliteFile(Path file) {
        sqliteOpener.open(file);
    }

    @FXML
    private void run() {
        EditorTabView view = selected.get();
        if (view != null && !runButton.isDisabled()) {
            view.model().run(view.statementsToRun());
        }
    }

    @FXML
    private void runScript() {
        EditorTabView view = selected.get();
        if (view != null && !runScriptButton.isDisabled()) {
            view.model().run(view.wholeScript());
        }
    }

    @FXML
    private void cancel() {
        EditorTabView view = selected.get();
        if (view != null) {
            view.model().cancel();
        }
    }

    /** Quits as if the window's close button was pressed, so the same questions get asked. */
    private void quit() {
        Window window = root.getScene().getWindow();
        window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    @FXML
    private void toggleTheme() {
        themeSwitch.accept(themeToggle.isSelected());
    }

    /** Keeps the text for the next start, then closes every tab's session (rolling back what is uncommitted). */
    public void closeAll() {
        keeper.saveNow(); // the side runner finishes the write before the app stops
        closing.closeAll(editors());
    }
}
