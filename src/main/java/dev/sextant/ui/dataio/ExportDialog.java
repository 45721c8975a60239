package dev.sextant.ui.dataio;

import atlantafx.base.theme.Styles;
import dev.sextant.core.io.ExportFormat;
import dev.sextant.ui.common.FxRunner;
import dev.sextant.ui.common.Views;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import java.io.File;
import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * The export dialog: a thin view over {@link ExportDialogModel}. It is not modal: the export
 * runs in the background and the main window goes on working meanwhile; Cancel stops the export,
 * and closing the dialog cancels it too.
 */
public final class ExportDialog {

    /** Asks where to save; the app shows a native chooser. */
    public interface SavePicker extends BiFunction<Window, Path, Path> {
    }

    @FXML private TextField exportFileField;
    @FXML private ChoiceBox<ExportFormat> exportFormatChoice;
    @FXML private ChoiceBox<ExportScope> exportScopeChoice;
    @FXML private Label exportScopeNote;
    @FXML private GridPane textOptions;
    @FXML private TextField exportNullField;
    @FXML private CheckBox exportHeaderCheck;
    @FXML private CheckBox exportBomCheck;
    @FXML private HBox csvOptions;
    @FXML private TextField exportDelimiterField;
    @FXML private TextField exportQuoteField;
    @FXML private CheckBox exportJsonLinesCheck;
    @FXML private HBox sqlOptions;
    @FXML private TextField exportTableField;
    @FXML private ProgressBar exportProgress;
    @FXML private Label exportProgressText;
    @FXML private Label exportResult;
    @FXML private Button exportRunButton;
    @FXML private Button exportCancelButton;

    private final ExportDialogModel model;
    private final SavePicker picker;
    private final Timeline ticker;
    private Stage stage;

    public ExportDialog(ExportDialogModel model, SavePicker picker) {
        this.model = model;
        this.picker = picker;
        ticker = new Timeline(new KeyFrame(Duration.millis(200), e -> model.refreshProgress()));
        ticker.setCycleCount(Timeline.INDEFINITE);
    }

    /** Opens an export of {@code rows} over {@code owner}, with its own background thread for the work. */
    public static Stage open(ExportRows rows, Window owner) {
        FxRunner runner = FxRunner.singleThread("export");
        Stage[] dialog = {null};
        ExportDialogModel model = new ExportDialogModel(rows, Path.of(System.getProperty("user.home")), runner,
                new ReplaceAlert(() -> dialog[0]));
        Stage stage = new ExportDialog(model, ExportDialog::chooseFile).show(owner);
        dialog[0] = stage;
        // Closing cancels the export; the runner stops once what it runs has ended.
        stage.setOnHidden(e -> {
            model.cancel();
            runner.run(() -> null, done -> runner.close(), error -> runner.close());
        });
        return stage;
    }

    public Stage show(Window owner) {
        VBox root = Views.load(this, "dataio/ExportDialog.fxml");
        stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Export data");
        stage.setScene(new Scene(root));
        stage.show();
        return stage;
    }

    @FXML
    private void initialize() {
        exportFormatChoice.getItems().setAll(ExportFormat.values());
        exportFormatChoice.valueProperty().bindBidirectional(model.format);
        exportScopeChoice.getItems().setAll(model.scopes());
        exportScopeChoice.valueProperty().bindBidirectional(model.scope);
        exportScopeNote.textProperty().bind(model.scope.map(model::scopeNote));
        exportFileField.textProperty().bindBidirectional(model.file);
        exportNullField.textProperty().bindBidirectional(model.nullText);
        exportHeaderCheck.selectedProperty().bindBidirectional(model.header);
        exportBomCheck.selectedProperty().bindBidirectional(model.bom);
        exportJsonLinesCheck.selectedProperty().bindBidirectional(model.jsonLines);
        exportTableField.textProperty().bindBidirectional(model.tableName);
        exportDelimiterField.textProperty().bindBidirectional(model.delimiter);
        exportQuoteField.textProperty().bindBidirectional(model.quote);
        showOptionsOf(model.format.get());
        model.format.addListener((obs, was, now) -> showOptionsOf(now));

        exportRunButton.getStyleClass().add(Styles.ACCENT);
        exportRunButton.disableProperty().bind(model.runningProperty());
        exportCancelButton.textProperty().bind(model.runningProperty().map(r -> r ? "Cancel" : "Close"));
        // No indeterminate bar while the total is not known: its animation made every pulse a frame to
        // render (~20 ms of the software renderer each), which on 2 cores took turns with the export.
        exportProgress.progressProperty().bind(model.doneProperty().map(done -> Math.max(0, done.doubleValue())));
        exportProgress.visibleProperty().bind(model.doneProperty().greaterThanOrEqualTo(0));
        exportProgressText.textProperty().bind(model.progressTextProperty());
        exportResult.textProperty().bind(model.resultProperty());
        model.failedProperty().addListener((obs, was, failed) -> {
            exportResult.getStyleClass().remove("failed");
            if (failed) {
                exportResult.getStyleClass().add("failed");
            }
        });
        model.runningProperty().addListener((obs, was, running) -> {
            if (running) {
                ticker.play();
            } else {
                ticker.stop();
            }
        });
    }

    private void showOptionsOf(ExportFormat format) {
        boolean text = format == ExportFormat.CSV || format == ExportFormat.TSV || format == ExportFormat.MARKDOWN;
        show(textOptions, text);
        show(csvOptions, format == ExportFormat.CSV);
        show(exportJsonLinesCheck, format == ExportFormat.JSON);
        show(sqlOptions, format == ExportFormat.SQL_INSERT);
        if (stage != null) {
            stage.sizeToScene();
        }
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    @FXML
    private void browse() {
        Path chosen = picker.apply(stage, Path.of(model.file.get().isBlank() ? "." : model.file.get()));
        if (chosen != null) {
            model.file.set(chosen.toString());
        }
    }

    @FXML
    private void export() {
        model.export();
    }

    @FXML
    private void cancelOrClose() {
        if (model.runningProperty().get()) {
            model.cancel();
        } else {
            stage.close();
        }
    }

    private static Path chooseFile(Window owner, Path current) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export to");
        Path absolute = current.toAbsolutePath();
        File folder = absolute.getParent() == null ? null : absolute.getParent().toFile();
        if (folder != null && folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        chooser.setInitialFileName(String.valueOf(absolute.getFileName()));
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }
}
