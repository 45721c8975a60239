package dev.sextant.ui.dataio;

import dev.sextant.core.io.ColumnType;
import dev.sextant.core.io.ImportColumn;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ChoiceBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The editable list of the file's columns: name, type, and whether it is imported at all. */
final class ImportColumnsTable {

    private final TableView<ImportColumn> table;
    private final Consumer<List<ImportColumn>> changed;

    ImportColumnsTable(TableView<ImportColumn> table, Consumer<List<ImportColumn>> changed) {
        this.table = table;
        this.changed = changed;
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(importColumn(), nameColumn(), typeColumn()));
    }

    private TableColumn<ImportColumn, Boolean> importColumn() {
        TableColumn<ImportColumn, Boolean> column = new TableColumn<>("Import");
        column.setPrefWidth(70);
        column.setSortable(false);
        column.setCellValueFactory(row -> {
            SimpleBooleanProperty kept = new SimpleBooleanProperty(!row.getValue().skip());
            kept.addListener((obs, was, now) -> replace(row.getValue(), row.getValue().withSkip(!now)));
            return kept;
        });
        column.setCellFactory(CheckBoxTableCell.forTableColumn(column));
        return column;
    }

    private TableColumn<ImportColumn, String> nameColumn() {
        TableColumn<ImportColumn, String> column = new TableColumn<>("Column name");
        column.setPrefWidth(260);
        column.setSortable(false);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().name()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> {
            String name = e.getNewValue() == null ? "" : e.getNewValue().strip();
            if (!name.isEmpty()) {
                replace(e.getRowValue(), e.getRowValue().withName(name));
            }
        });
        return column;
    }

    private TableColumn<ImportColumn, ColumnType> typeColumn() {
        TableColumn<ImportColumn, ColumnType> column = new TableColumn<>("Type");
        column.setSortable(false);
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().type()));
        column.setCellFactory(ChoiceBoxTableCell.forTableColumn(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ColumnType type) {
                return type == null ? "" : type.name().toLowerCase(java.util.Locale.ROOT);
            }

            @Override
            public ColumnType fromString(String text) {
                return ColumnType.valueOf(text.toUpperCase(java.util.Locale.ROOT));
            }
        }, FXCollections.observableArrayList(ColumnType.values())));
        column.setOnEditCommit(e -> replace(e.getRowValue(), e.getRowValue().withType(e.getNewValue())));
        return column;
    }

    private void replace(ImportColumn old, ImportColumn now) {
        List<ImportColumn> columns = new ArrayList<>(table.getItems());
        int at = columns.indexOf(old);
        if (at >= 0 && !old.equals(now)) {
            columns.set(at, now);
            changed.accept(columns);
        }
    }
}
