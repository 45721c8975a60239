package dev.sextant.ui.connect;

import atlantafx.base.theme.Styles;
import dev.sextant.core.connect.Endpoint;
import dev.sextant.core.connect.Engine;
import dev.sextant.core.connect.SslMode;
import dev.sextant.core.session.EditorSession;
import dev.sextant.core.store.SavedConnection;
import dev.sextant.core.task.BackgroundRunner;
import dev.sextant.ui.dialogs.FilePicker;
import dev.sextant.ui.common.Views;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;


/**
 * The connection dialog: fields for PostgreSQL, SQLite or Cassandra (contact points, datacenter, keyspace), the connection string that follows
 * them (or fills them when pasted), Test and Connect in the background.
 */
public final class ConnectionDialog {

    @FXML private ChoiceBox<Engine> engineChoice;
    @FXML private ComboBox<SavedConnection> savedChoice;
    @FXML private GridPane postgresFields;
    @FXML private GridPane sqliteFields;
    @FXML private TextField hostField;
    @FXML private TextField portField;
    @FXML private TextField databaseField;
    @FXML private TextField datacenterField;
    @FXML private TextField keyspaceField;
    @FXML private TextField userField;
    @FXML private PasswordField passwordField;
    @FXML private CheckBox savePasswordCheck;
    @FXML private ChoiceBox<SslMode> sslModeChoice;
    @FXML private TextField sslRootCertField;
    @FXML private TextField applicationNameField;
    @FXML private TextField connectTimeoutField;
    @FXML private TextField fileField;
    @FXML private CheckBox createNewCheck;
    @FXML private ComboBox<java.nio.file.Path> recentFilesChoice;
    @FXML private CheckBox readOnlyCheck;
    @FXML private CheckBox autocommitDefaultCheck;
    @FXML private TextField connectionStringField;
    @FXML private TextField connectionNameField;
    @FXML private Label dialogError;
    @FXML private Label dialogStatus;
    @FXML private Button testButton;
    @FXML private Button connectButton;

    private final ConnectionDialogModel model;
    private final BackgroundRunner runner;
    private final FilePicker filePicker;
    private final Opened opened;
    private Stage stage;

    /** Where an open connection goes: its session, and the name it was saved as (null: none). */
    public interface Opened {
        void opened(Endpoint endpoint, EditorSession session, String savedName);
    }

    public ConnectionDialog(ConnectionDialogModel model, BackgroundRunner runner, FilePicker filePicker,
                            Opened opened) {
        this.model = model;
        this.runner = runner;
        this.filePicker = filePicker;
        this.opened = opened;
    }

    /** Shows the dialog over {@code owner}; it closes itself once a connection is open. */
    public Stage show(Window owner) {
        VBox root = Views.load(this, "connect/ConnectionDialog.fxml");
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Connect");
        stage.setScene(new Scene(root));
        stage.show();
        return stage;
    }

    @FXML
    private void initialize() {
        engineChoice.getItems().setAll(Engine.values());
        sslModeChoice.getItems().setAll(SslMode.values());
        sslModeChoice.setConverter(converter(SslMode::keyword));
        bindFields(model.form);
        bindConnectionString();
        bindSaving();
        dialogError.textProperty().bind(model.error);
        dialogStatus.textProperty().bind(model.status);
        bindEngine(model.form);
        testButton.textProperty().bind(model.testing.map(t -> t ? "Cancel test" : "Test"));
        connectButton.disableProperty().bind(model.connecting);
        connectButton.getStyleClass().add(Styles.ACCENT);
        loadSavedConnections();
    }

    private void bindFields(ConnectionForm form) {
        engineChoice.valueProperty().bindBidirectional(form.engine);
        hostField.textProperty().bindBidirectional(form.host);
        portField.textProperty().bindBidirectional(form.port);
        databaseField.textProperty().bindBidirectional(form.database);
        datacenterField.textProperty().bindBidirectional(form.datacenter);
        keyspaceField.textProperty().bindBidirectional(form.database);
        userField.textProperty().bindBidirectional(form.user);
        passwordField.textProperty().bindBidirectional(form.password);
        sslModeChoice.valueProperty().bindBidirectional(form.sslMode);
        sslRootCertField.textProperty().bindBidirectional(form.sslRootCert);
        applicationNameField.textProperty().bindBidirectional(form.applicationName);
        connectTimeoutField.textProperty().bindBidirectional(form.connectTimeout);
        fileField.textProperty().bindBidirectional(form.file);
        createNewCheck.selectedProperty().bindBidirectional(form.createNew);
        readOnlyCheck.selectedProperty().bindBidirectional(form.readOnly);
    }

    /** The string follows the fields; leaving it masks a password typed into it. */
    private void bindConnectionString() {
        connectionStringField.textProperty().bindBidirectional(model.connectionString);
        connectionStringField.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                model.stringEditFinished();
            }
        });
    }

    /** Save as, its password and autocommit; choosing a saved connection fills the dialog with it. */
    private void bindSaving() {
        connectionNameField.textProperty().bindBidirectional(model.saveAs);
        savePasswordCheck.selectedProperty().bindBidirectional(model.savePassword);
        autocommitDefaultCheck.selectedProperty().bindBidirectional(model.startInAutocommit);
        autocommitDefaultCheck.setTooltip(new javafx.scene.control.Tooltip(
                "Off: every tab on this connection starts with changes waiting for Commit or Rollback"));
        savedChoice.setConverter(converter(SavedConnection::name));
        savedChoice.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                runner.run(() -> java.util.Optional.ofNullable(model.savedPassword(now)),
                        password -> model.load(now, password.orElse(null)), error -> model.load(now, null));
            }
        });
    }

    private void bindEngine(ConnectionForm form) {
        BooleanBinding file = Bindings.createBooleanBinding(form::usesFile, form.engine);
        postgresFields.visibleProperty().bind(file.not());
        postgresFields.managedProperty().bind(file.not());
        sqliteFields.visibleProperty().bind(file);
        sqliteFields.managedProperty().bind(file);
        BooleanBinding keyspaces = Bindings.createBooleanBinding(form::usesKeyspaces, form.engine);
        for (javafx.scene.Node node : postgresFields.getChildren()) {
            BooleanBinding shown = node.getStyleClass().contains("keyspaces-only") ? keyspaces
                    : node.getStyleClass().contains("database-only") ? keyspaces.not() : null;
            if (shown != null) {
                node.visibleProperty().bind(shown);
                node.managedProperty().bind(shown);
            }
        }
        portField.promptTextProperty().bind(form.engine.map(e -> String.valueOf(e.connection().defaultPort())));
        form.engine.addListener((obs, was, now) -> {
            if (stage != null) {
                stage.sizeToScene();
            }
        });
    }

    private void loadSavedConnections() {
        runner.run(model::savedConnections, list -> savedChoice.getItems().setAll(list),
                error -> savedChoice.setPromptText("Saved connections could not be read"));
        runner.run(model::recentFiles, files -> recentFilesChoice.getItems().setAll(files),
                error -> recentFilesChoice.setPromptText("Recent files could not be read"));
        recentFilesChoice.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.chooseFile(now);
            }
        });
    }

    @FXML
    private void test() {
        if (model.testing.get()) {
            model.cancelTest();
        } else {
            model.test();
        }
    }

    @FXML
    private void connect() {
        String name = model.saveAs.get().strip();
        model.connect((endpoint, session) -> {
            stage.close();
            opened.opened(endpoint, session, name.isEmpty() ? null : name);
        });
    }

    @FXML
    private void close() {
        model.cancelTest();
        stage.close();
    }

    @FXML
    private void browse() {
        filePicker.pickDatabaseFile(stage).ifPresent(model::chooseFile);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
