package dev.sextant.ui.results;

import dev.sextant.core.result.ResultColumn;
import dev.sextant.ui.common.Views;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * A result shown as psql's expanded display ({@code \x}) shows it: one record at a time, a
 * column | value pair per line under psql's {@code -[ RECORD 1 ]-} heading, with buttons to the
 * record before and after. Its lines copy as the grid's cells do ({@link CellCopy}: Ctrl+C, and
 * Copy with headers, as CSV… in its menu). It reads the rows the grid would show, the sheet's
 * window, and follows it as more rows are fetched.
 */
public final class RecordView {

    /** What a copy of the two columns is named and typed as. */
    private static final ResultColumn NAME = new ResultColumn("column", "text", false);
    private static final ResultColumn VALUE = new ResultColumn("value", "text", false);

    @FXML private Label title;
    @FXML private Label position;
    @FXML private Button previous;
    @FXML private Button next;
    @FXML private TableView<Object[]> fields;
    @FXML private TableColumn<Object[], Object> nameColumn;
    @FXML private TableColumn<Object[], Object> valueColumn;

    private final ResultSheet sheet;
    private final VBox root;
    private final ObservableList<Object[]> lines = FXCollections.observableArrayList();
    private int at;
    private final ListChangeListener<Object[]> rowsChanged = change -> show(Math.min(at, lastIndex()));

    public RecordView(ResultSheet sheet) {
        this.sheet = sheet;
        root = Views.load(this, "results/RecordView.fxml");
        nameColumn.setUserData(NAME);
        valueColumn.setUserData(VALUE);
        nameColumn.setCellValueFactory(line -> new ReadOnlyObjectWrapper<>(line.getValue()[0]));
        valueColumn.setCellValueFactory(line -> new ReadOnlyObjectWrapper<>(line.getValue()[1]));
        valueColumn.setCellFactory(column -> new ValueCell());
        fields.setItems(lines);
        fields.getSelectionModel().setCellSelectionEnabled(true);
        CellCopy.install(fields);
        // Weakly: a pane built again for the same result (a plan tab added beside it) leaves this view behind.
        sheet.rows().addListener(new javafx.collections.WeakListChangeListener<>(rowsChanged));
        show(0);
    }

    public VBox root() {
        return root;
    }

    /** The record shown, counted from 1 in the whole result. */
    public long recordNumber() {
        return sheet.windowStartProperty().get() + at + 1;
    }

    /** The column | value pairs shown, each as {name, value}. */
    public List<Object[]> lines() {
        return List.copyOf(lines);
    }

    @FXML
    private void previous() {
        show(at - 1);
    }

    @FXML
    private void next() {
        show(at + 1);
    }

    private int lastIndex() {
        return Math.max(0, sheet.rows().size() - 1);
    }

    private void show(int index) {
        List<Object[]> rows = sheet.rows();
        at = Math.max(0, Math.min(index, lastIndex()));
        List<ResultColumn> columns = sheet.columns();
        Object[] row = rows.isEmpty() ? null : rows.get(at);
        lines.setAll(row == null ? List.of() : java.util.stream.IntStream.range(0, columns.size())
                .mapToObj(i -> new Object[] {columns.get(i).label(), row[i]}).toList());
        title.setText(row == null ? "(0 rows)" : "-[ RECORD " + recordNumber() + " ]-");
        long fetched = sheet.fetchedProperty().get();
        position.setText(row == null ? "" : String.format("of %,d%s", fetched, sheet.moreProperty().get() ? " so far" : ""));
        previous.setDisable(at == 0);
        next.setDisable(at >= lastIndex());
    }

    /** Only the selected result of the selected editor carries the automation ids. */
    public void setActive(boolean active) {
        fields.setId(active ? "recordView" : null);
        title.setId(active ? "recordTitle" : null);
        previous.setId(active ? "previousRecordButton" : null);
        next.setId(active ? "nextRecordButton" : null);
    }
}
