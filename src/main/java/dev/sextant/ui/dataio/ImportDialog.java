package dev.sextant.ui.dataio;

import dev.sextant.core.io.ColumnType;
import dev.sextant.core.io.CsvOptions;
import dev.sextant.core.io.CsvScan;
import dev.sextant.core.io.CsvSniffer;
import dev.sextant.core.io.ImportColumn;
import dev.sextant.core.io.ImportPlan;
import dev.sextant.ui.common.Views;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The import dialog: a thin view over {@link ImportDialogModel}. Choices the model detected are
 * shown in the controls; a change the user makes goes back to the model, which reads the file
 * again off the FX thread.
 */
public final class ImportDialog {

    private static final Map<String, Character> DELIMITERS = Map.of("Comma", ',', "Semicolon", ';', "Tab", '\t', "Pipe", '|');
    private static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE, CsvSniffer.WINDOWS_1252, StandardCharsets.ISO_8859_1);

    @FXML private TextField importFileField;
    @FXML private TextField importTableField;
    @FXML private Label targetNote;
    @FXML private CheckBox importHeaderCheck;
    @FXML private CheckBox importKeepEmptyCheck;
    @FXML private CheckBox importAllTextCheck;
    @FXML private ChoiceBox<String> importDelimiterChoice;
    @FXML private ChoiceBox<Charset> importEncodingChoice;
    @FXML private TableView<List<String>> importPreview;
    @FXML private TableView<ImportColumn> importColumns;
    @FXML private TextArea importSqlPreview;
    @FXML private Label modeNote;
    @FXML private ProgressBar importProgress;
    @FXML private Label importResult;
    @FXML private Button importRunButton;

    private final ImportDialogModel model;
    private final Runnable onImported;
    private boolean showing;
    private Path chosen;

    public ImportDialog(ImportDialogModel model, Runnable onImported) {
        this.model = model;
        this.onImported = onImported;
    }

    /** Opens the dialog, with {@code file} already chosen when given (a dropped file, say). */
    public Stage show(Window owner, Path file) {
        Parent root = Views.load(this, "dataio/ImportDialog.fxml");
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import CSV");
        stage.setScene(new Scene(root));
        stage.show();
        if (file != null) {
            importFileField.setText(file.toString());
            chooseTyped();
        }
        return stage;
    }

    @FXML
    private void initialize() {
        importDelimiterChoice.getItems().setAll("Comma", "Semicolon", "Tab", "Pipe");
        importEncodingChoice.getItems().setAll(ENCODINGS);
        listenToFileAndTable();
        listenToOptions();
        new ImportColumnsTable(importColumns, model::setColumns);
        importProgress.progressProperty().bind(model.progressProperty());
        importResult.textProperty().bind(model.resultProperty());
        targetNote.textProperty().bind(model.targetNoteProperty());
        modeNote.setText(model.modeNote());
        importTableField.setText(model.table());
        importRunButton.disableProperty().bind(model.workingProperty().or(model.planProperty().isNull()));
        model.planProperty().addListener((obs, old, plan) -> show(plan));
        model.importedProperty().addListener((obs, was, now) -> {
            if (now) {
                onImported.run();
            }
        });
    }

    /** A typed or pasted file and table count once Enter is pressed or the field is left. */
    private void listenToFileAndTable() {
        importFileField.setOnAction(e -> chooseTyped());
        importFileField.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                chooseTyped();
            }
        });
        importTableField.setOnAction(e -> model.setTable(importTableField.getText()));
        importTableField.focusedProperty().addListener((obs, was, now) -> {
            if (!now && !importTableField.getText().strip().equals(model.table())) {
                model.setTable(importTableField.getText());
            }
        });
    }

    /** Header, empty values, all-text, delimiter and encoding, handed to the model as each one changes. */
    private void listenToOptions() {
        importHeaderCheck.setOnAction(e -> model.changeOptions(o -> o.withHeader(importHeaderCheck.isSelected())));
        importKeepEmptyCheck.setOnAction(e -> model.setKeepEmpty(importKeepEmptyCheck.isSelected()));
        importAllTextCheck.setOnAction(e -> model.setAllText(importAllTextCheck.isSelected()));
        importDelimiterChoice.setOnAction(e -> {
            if (!showing && importDelimiterChoice.getValue() != null) {
                model.changeOptions(o -> o.withDelimiter(DELIMITERS.get(importDelimiterChoice.getValue())));
            }
        });
        importEncodingChoice.setOnAction(e -> {
            if (!showing && importEncodingChoice.getValue() != null) {
                model.changeOptions(o -> o.withCharset(importEncodingChoice.getValue()));
            }
        });
    }

    private void chooseTyped() {
        String text = importFileField.getText().strip();
        if (text.isEmpty()) {
            return;
        }
        Path path = Path.of(text.startsWith("~/") ? System.getProperty("user.home") + text.substring(1) : text);
        if (path.equals(chosen)) {
            return;
        }
        chosen = path; // whether a file is there is asked off the FX thread, by the model
        model.chooseFile(path);
    }

    @FXML
    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a CSV file");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV and TSV files", "*.csv", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Path picked = java.util.Optional.ofNullable(chooser.showOpenDialog(importFileField.getScene().getWindow()))
                .map(java.io.File::toPath).orElse(null);
        if (picked != null) {
            importFileField.setText(picked.toString());
            chooseTyped();
        }
    }

    /** Shows the plan: detected options in the controls, the preview with names and types, the SQL. */
    private void show(ImportPlan plan) {
        if (plan == null) {
            return;
        }
        showing = true;
        try {
            CsvOptions options = plan.options();
            importHeaderCheck.setSelected(options.header());
            importKeepEmptyCheck.setSelected(!options.emptyIsNull());
            importDelimiterChoice.setValue(options.delimiterName());
            importEncodingChoice.setValue(options.charset());
            importTableField.setText(plan.target().table());
            importSqlPreview.setText(plan.sqlPreview());
            importColumns.getItems().setAll(plan.columns());
            fillPreview(plan, model.scanProperty().get());
        } finally {
            showing = false;
        }
    }

    private void fillPreview(ImportPlan plan, CsvScan.Result scan) {
        importPreview.getColumns().clear();
        List<ImportColumn> columns = plan.columns();
        for (int i = 0; i < columns.size(); i++) {
            ImportColumn column = columns.get(i);
            if (column.skip()) {
                continue;
            }
            int at = i;
            TableColumn<List<String>, String> shown = new TableColumn<>(column.name() + "\n" + typeLabel(column.type()));
            shown.setSortable(false);
            shown.setPrefWidth(Math.min(320, 24 + 8 * widest(column, at, scan)));
            shown.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(stored(row.getValue(), at, plan.options())));
            importPreview.getColumns().add(shown);
        }
        importPreview.getItems().setAll(scan == null ? List.of() : scan.preview());
    }

    /** Characters in the header or the widest of the first rows' values, so nothing shown is cut. */
    private static int widest(ImportColumn column, int at, CsvScan.Result scan) {
        int widest = Math.max(column.name().length(), typeLabel(column.type()).length());
        if (scan != null) {
            for (List<String> row : scan.preview().subList(0, Math.min(30, scan.preview().size()))) {
                widest = Math.max(widest, at < row.size() ? row.get(at).length() : 0);
            }
        }
        return widest;
    }

    private static String stored(List<String> row, int at, CsvOptions options) {
        String value = at < row.size() ? row.get(at) : "";
        return value.isEmpty() && options.emptyIsNull() ? "NULL" : value;
    }

    private static String typeLabel(ColumnType type) {
        return type.name().toLowerCase(java.util.Locale.ROOT);
    }

    @FXML
    private void importNow() {
        model.setTable(importTableField.getText());
        model.importNow();
    }

    @FXML
    private void cancel() {
        if (model.workingProperty().get()) {
            model.cancel();
        } else {
            importRunButton.getScene().getWindow().hide();
        }
    }
}
