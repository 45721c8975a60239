package dev.sextant.ui.results;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * The editing controls under a result's bar: add, duplicate, delete, revert and save, the count
 * of pending changes, the read-only reason when there is one, what the last save did, the rows
 * added, and the DML Save will send with its values.
 */
final class EditBar extends VBox {

    final Button add = iconButton("Add row", "fth-plus", "addRowButton");
    final Button duplicate = iconButton("Duplicate row", "fth-copy", "duplicateRowButton");
    final Button delete = iconButton("Delete row", "fth-trash-2", "deleteRowButton");
    final Button revert = button("Revert", "revertChangesButton");
    final Button save = button("Save", "saveChangesButton");
    final Label pending = new Label();
    final Label readOnly = new Label();
    final Label outcome = new Label();
    final TextArea preview = new TextArea();
    final TableView<Object[]> addedRows = new TableView<>();
    private final HBox controls;
    private final GridEdits edits;
    private final TableView<Object[]> grid;
    private final LongSupplier windowStart;

    EditBar(GridEdits edits, ResultSheet sheet, TableView<Object[]> grid, LongSupplier windowStart) {
        this.edits = edits;
        this.grid = grid;
        this.windowStart = windowStart;
        getStyleClass().add("edit-bar");
        pending.textProperty().bind(edits.summaryProperty());
        var nonePending = Bindings.createBooleanBinding(() -> edits.summaryProperty().get().isEmpty(), edits.summaryProperty());
        wireButtons(nonePending);
        showReadOnlyReason();
        showPreview(nonePending);
        buildAddedRows(sheet);
        controls = new HBox(4, add, duplicate, delete, revert, save, pending, readOnly);
        controls.getStyleClass().add("edit-buttons");
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // The buttons sit in the result's own bar, so the grid keeps a screenful of rows; below the
        // bar only what has something to show takes room: the outcome, new rows, the DML preview.
        outcome.textProperty().bind(edits.outcomeProperty());
        outcome.setWrapText(true);
        getChildren().add(outcome);
        joinWhenShown(addedRows);
        joinWhenShown(preview);
        outcome.managedProperty().bind(outcome.textProperty().isNotEmpty());
        outcome.visibleProperty().bind(outcome.managedProperty());
        managedProperty().bind(outcome.managedProperty().or(addedRows.visibleProperty()).or(preview.visibleProperty()));
        visibleProperty().bind(managedProperty());
    }

    /** Each button usable only when it can do something; a read-only result shows none of them. */
    private void wireButtons(javafx.beans.binding.BooleanBinding nonePending) {
        var noEdits = edits.editableProperty().not().or(edits.savingProperty());
        var nothingSelected = Bindings.isEmpty(grid.getSelectionModel().getSelectedCells());
        add.disableProperty().bind(noEdits);
        duplicate.disableProperty().bind(noEdits.or(nothingSelected));
        delete.disableProperty().bind(noEdits.or(nothingSelected));
        revert.disableProperty().bind(noEdits.or(nonePending));
        save.disableProperty().bind(noEdits.or(nonePending));
        save.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> edits.addRow());
        duplicate.setOnAction(e -> selectedRows().forEach(row -> edits.duplicate(row, fetched(row))));
        delete.setOnAction(e -> selectedRows().forEach(row -> edits.delete(row, fetched(row))));
        revert.setOnAction(e -> edits.revertAll());
        save.setOnAction(e -> edits.save());
        // A read-only result shows why instead of five buttons that could never be used.
        for (Button b : List.of(add, duplicate, delete, revert, save)) {
            b.visibleProperty().bind(edits.editableProperty());
            b.managedProperty().bind(b.visibleProperty());
        }
    }

    /** Why the result cannot be edited; it shrinks in a narrow bar, its full text in a tooltip. */
    private void showReadOnlyReason() {
        readOnly.textProperty().bind(edits.readOnlyReasonProperty());
        readOnly.getStyleClass().add("read-only-reason");
        readOnly.setMinWidth(0);
        readOnly.setTooltip(new javafx.scene.control.Tooltip());
        readOnly.getTooltip().textProperty().bind(readOnly.textProperty());
    }

    /** The DML that Save would send, shown while there are changes. */
    private void showPreview(javafx.beans.binding.BooleanBinding nonePending) {
        preview.textProperty().bind(edits.previewProperty());
        preview.setEditable(false);
        preview.setPrefRowCount(3);
        preview.getStyleClass().add("changes-sql-preview");
        preview.visibleProperty().bind(nonePending.not());
        preview.managedProperty().bind(preview.visibleProperty());
    }

    /**
     * The new rows' grid and the DML preview join the bar the first time they have something to
     * show: a TableView's and a TextArea's skins and CSS were a good part of a result's first paint,
     * for controls most results never show.
     */
    private void joinWhenShown(javafx.scene.Node part) {
        javafx.beans.value.ChangeListener<Boolean> join = (obs, was, shown) -> {
            if (shown && !getChildren().contains(part)) {
                // In the order outcome, new rows, preview, whichever joined first.
                int at = getChildren().contains(outcome) ? 1 : 0;
                at += part == preview && getChildren().contains(addedRows) ? 1 : 0;
                getChildren().add(at, part);
            }
        };
        part.visibleProperty().addListener(join);
        join.changed(null, false, part.isVisible());
    }

    /** The fetched rows the selection touches, as rows of the whole result. */
    private List<Long> selectedRows() {
        TreeSet<Long> rows = new TreeSet<>();
        for (TablePosition<?, ?> cell : grid.getSelectionModel().getSelectedCells()) {
            rows.add(windowStart.getAsLong() + cell.getRow());
        }
        return List.copyOf(rows);
    }

    private Object[] fetched(long row) {
        return grid.getItems().get((int) (row - windowStart.getAsLong()));
    }

    /** New rows show in a small grid of their own under the bar until they are saved. */
    private void buildAddedRows(ResultSheet sheet) {
        addedRows.setId("newRowsTable");
        addedRows.getStyleClass().addAll("result-grid", "new-rows", Styles.DENSE, Styles.BORDERED);
        addedRows.setEditable(true);
        addedRows.setItems(edits.addedRows());
        addedRows.setFixedCellSize(24);
        addedRows.prefHeightProperty().bind(Bindings.size(edits.addedRows()).multiply(24).add(56));
        addedRows.minHeightProperty().bind(addedRows.prefHeightProperty());
        addedRows.visibleProperty().bind(Bindings.isNotEmpty(edits.addedRows()));
        addedRows.managedProperty().bind(addedRows.visibleProperty());
        StringConverter<Object> text = new StringConverter<>() {
            @Override
            public String toString(Object value) {
                return value == null ? "" : dev.sextant.core.result.ValueText.full(value);
            }

            @Override
            public Object fromString(String typed) {
                return typed;
            }
        };
        for (int i = 0; i < sheet.columns().size(); i++) {
            int index = i;
            TableColumn<Object[], Object> column = new TableColumn<>(sheet.columns().get(i).label());
            column.setCellValueFactory(row -> new javafx.beans.property.SimpleObjectProperty<>(row.getValue()[index]));
            column.setCellFactory(c -> new TextFieldTableCell<>(text));
            column.setOnEditCommit(e -> {
                if (edits.canEdit(index)) {
                    edits.setAdded(e.getTablePosition().getRow(), index, e.getNewValue());
                }
            });
            column.setSortable(false);
            column.setPrefWidth(Math.max(80, grid.getColumns().size() > i + 1 ? grid.getColumns().get(i + 1).getWidth() : 100));
            addedRows.getColumns().add(column);
        }
        edits.addedRows().addListener((ListChangeListener<Object[]>) c -> addedRows.refresh());
    }

    /** The edit buttons and the pending / read-only lines, for the result's bar. */
    HBox controls() {
        return controls;
    }

    private static Button iconButton(String name, String icon, String id) {
        Button b = button("", id);
        b.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(icon));
        b.setTooltip(new javafx.scene.control.Tooltip(name));
        b.setAccessibleText(name);
        return b;
    }

    private static Button button(String text, String id) {
        Button b = new Button(text);
        b.setMinWidth(Region.USE_PREF_SIZE); // the line's texts shrink first, a button never to "…"
        b.setUserData(id); // given as the fx:id while this result is the active one
        b.getStyleClass().add(Styles.SMALL);
        return b;
    }

    /** Only the active result's controls carry the automation ids. */
    void setActive(boolean active) {
        for (Button b : List.of(add, duplicate, delete, revert, save)) {
            b.setId(active ? (String) b.getUserData() : null);
        }
        pending.setId(active ? "pendingChanges" : null);
        preview.setId(active ? "changesSqlPreview" : null);
        readOnly.setId(active ? "readOnlyReason" : null);
        outcome.setId(active ? "saveResult" : null);
        addedRows.setId(active ? "newRowsTable" : null);
    }
}
