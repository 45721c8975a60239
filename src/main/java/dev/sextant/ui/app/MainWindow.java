package dev.sextant.ui.app;

import dev.sextant.ui.dialogs.FilePicker;
import atlantafx.base.theme.Styles;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.session.RunOptions;
import dev.sextant.core.session.EditorSession;
import dev.sextant.ui.common.Views;
import dev.sextant.core.store.RememberedPasswords;
import dev.sextant.ui.dataio.ImportLauncher;
import dev.sextant.ui.editor.BufferKeeper;
import dev.sextant.ui.editor.EditorTabView;
import dev.sextant.ui.editor.EditorTabViewModel;
import dev.sextant.core.run.Message;
import dev.sextant.ui.dialogs.SqlFilePicker;
import dev.sextant.ui.editor.SqlFiles;
import dev.sextant.ui.editor.EditorCompletion;
import dev.sextant.ui.history.HistoryRecorder;
import dev.sextant.ui.dialogs.DialogQuestions;
import dev.sextant.ui.editor.ConsistencyChoice;
import dev.sextant.ui.transaction.TransactionBar;
import dev.sextant.ui.tree.TreeEntry;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import static dev.sextant.ui.app.Shortcuts.ctrl;
import static dev.sextant.ui.app.Shortcuts.ctrlShift;
import static dev.sextant.ui.app.Shortcuts.key;

/**
 * The main window: toolbar, schema tree, editor tabs and status bar. It wires the toolbar to
 * the selected editor tab and opens connections; the work itself lives in the view models.
 */
public final class MainWindow implements SqlFiles.Host {

    @FXML private BorderPane root;
    @FXML private javafx.scene.layout.HBox toolbar;
    @FXML private Button runButton;
    @FXML private Button runScriptButton;
    @FXML private Button cancelButton;
    @FXML private ToggleButton autocommitToggle;
    @FXML private Button commitButton;
    @FXML private Button rollbackButton;
    @FXML private Label txStatus;
    @FXML private javafx.scene.control.ChoiceBox<String> consistencyChoice;
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
    private final MainWindowModel model = new MainWindowModel();
    private final RunOptions options = new RunOptions();
    private final DialogQuestions questions = new DialogQuestions(() -> root.getScene().getWindow());
    private final SqliteOpener sqliteOpener;
    private EditorTabs tabs;
    private ConnectionsTree tree;
    private Connecting connecting;
    private StatusLine statusLine;
    private SqlFiles sqlFiles;
    private TabClosing closing;
    private BufferKeeper keeper;
    private ImportLauncher importer;
    private EditorCompletion completion;

    public MainWindow(AppServices services, FilePicker filePicker, SqlFilePicker sqlFilePicker,
                      Consumer<Boolean> themeSwitch) {
        this.services = services;
        this.filePicker = filePicker;
        this.sqlFilePicker = sqlFilePicker;
        this.themeSwitch = themeSwitch;
        this.sqliteOpener = new SqliteOpener(services, this::tell, (endpoint, session) -> openConnection(endpoint, session, ""));
    }

    public Parent load() {
        return Views.load(this, "app/MainWindow.fxml");
    }

    @FXML
    private void initialize() {
        runButton.getStyleClass().add(Styles.ACCENT);
        Views.keepLabels(toolbar, txStatus); // the transaction indicator has its one fixed width (TransactionBar)
        tree = new ConnectionsTree(schemaTree, services, this::tell);
        statusLine = new StatusLine(statusText);
        sqlFiles = new SqlFiles(sqlFilePicker, services.side(), this);
        closing = new TabClosing(editorTabs, questions, sqlFiles);
        HistoryRecorder history = new HistoryRecorder(services.history(), services.side(), problem -> tell(problem, null, true));
        completion = tree.completion();
        tabs = new EditorTabs(editorTabs, services.side(), questions, options, history, closing, view -> {
            keeper.watch(view);
            completion.attach(view);
            view.model().setStatementLog(completion.noticing(view.model(), history));
        });
        followSelectedTab();
        importer = new ImportLauncher(services.side(), services.pools(), sentence -> tell(sentence, null, false));
        connecting = new Connecting(services, filePicker, this::window, tabs, tree, closing, this::tell, importer);
        tree.installActions(connecting);
        keeper = new BufferKeeper(services.buffers(), new RememberedPasswords(services.saved(), services.environment()),
                services.side(), connecting, problem -> tell(problem, null, true));
        editorTabs.getTabs().addListener((ListChangeListener<Tab>) change -> keeper.changed());
        tabs.driveToolbar(model, runButton, runScriptButton, cancelButton, newTabButton);
        sqliteOpener.acceptDrops(root, this::importCsv);
        savepointOption.selectedProperty().addListener((obs, was, now) -> options.setRollbackFailedStatementOnly(now));
        continueOption.selectedProperty().addListener((obs, was, now) -> options.setContinueAfterError(now));
        Shortcuts.installWhenShown(root, Map.of(ctrl(KeyCode.ENTER), tabs::runAtCaret, ctrlShift(KeyCode.ENTER),
                tabs::runScript, key(KeyCode.ESCAPE), tabs::cancel, ctrl(KeyCode.Q), this::quit, ctrl(KeyCode.O),
                this::openSql, ctrl(KeyCode.S), this::saveSql, ctrl(KeyCode.T), tabs::openBesideSelected,
                ctrl(KeyCode.W), tabs::closeSelected, ctrlShift(KeyCode.F), tabs::formatSelected));
    }

    /** The toolbar's state, the transaction bar, the status line and the consistency choice follow the selected tab. */
    private void followSelectedTab() {
        TransactionBar transactionBar = new TransactionBar(autocommitToggle, commitButton, rollbackButton, txStatus);
        ConsistencyChoice consistency = new ConsistencyChoice(consistencyChoice);
        tabs.selectedProperty().addListener((obs, old, view) -> {
            EditorTabViewModel tab = view == null ? null : view.model();
            model.selectedProperty().set(tab);
            transactionBar.follow(tab);
            statusLine.follow(tab);
            consistency.follow(tab);
        });
    }

    /** Adds a connection to the tree and opens an editor tab on it (with an already-open session, if given). */
    public EditorTabView openConnection(Endpoint endpoint, EditorSession session, String initialText) {
        tree.add(endpoint, null);
        return tabs.open(EditorTabs.Opening.of(endpoint, session, ConnectionsTree.shownName(endpoint, null),
                initialText, false));
    }

    /** Whether a user can start: the tree lists a connection and the selected tab's editor is laid out. */
    boolean usable() {
        EditorTabView view = tabs.selected();
        return !schemaTree.getRoot().getChildren().isEmpty() && view != null
                && view.editor().getScene() != null && view.editor().getWidth() > 0;
    }

    /** Brings back the tabs of the last run (see {@link BufferKeeper}); with none, runs {@code otherwise}. */
    public void restoreTabsOrElse(Runnable otherwise) {
        keeper.restoreOrElse(otherwise);
    }

    @Override
    public EditorTabView selectedEditor() {
        return tabs.selected();
    }

    @Override
    public EditorTabView openEditorLike(EditorTabView like, String title, String text) {
        return tabs.openLike(like, title, text);
    }

    @Override
    public void tell(String sentence, String detail, boolean error) {
        EditorTabView view = tabs.selected();
        if (view != null) {
            view.model().messages().add(error ? Message.error(sentence, detail) : Message.info(sentence));
        }
        statusLine.tell(sentence);
    }

    @Override
    public Window window() {
        return root.getScene().getWindow();
    }

    /** Quitting asks about open transactions first (see {@link TabClosing}). */
    public void guardClose(Stage stage) {
        closing.guardClose(stage, tabs::all);
    }

    @FXML
    private void newConnection() {
        connecting.newConnection();
    }

    @FXML
    private void openSql() {
        sqlFiles.open();
    }

    @FXML
    private void saveSql() {
        if (tabs.selected() != null) {
            sqlFiles.save(tabs.selected(), () -> { });
        }
    }

    @FXML
    private void showHistory() {
        tabs.showHistory(services.history(), window());
    }

    @FXML
    private void importCsv() {
        importCsv(null);
    }

    /** Opens the import dialog for the selected tab's connection, with {@code file} chosen when given. */
    public void importCsv(Path file) {
        EditorTabView view = tabs.selected();
        importer.open(window(), view == null ? null : view.model(), file, () -> tree.refresh(view.model().endpoint()));
    }

    @FXML
    private void openFile() {
        filePicker.pickDatabaseFile(root.getScene().getWindow()).ifPresent(this::openSqliteFile);
    }

    /** Opens a SQLite file in the background; a bad file gets one sentence and changes nothing else. */
    public void openSqliteFile(Path file) {
        sqliteOpener.open(file);
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
        closing.closeAll(tabs.all());
        completion.close();
    }
}
