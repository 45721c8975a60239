package dev.sextant.ui.results;

import dev.sextant.core.io.ExportFormat;
import dev.sextant.core.io.TsvText;
import dev.sextant.core.result.ResultColumn;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Ctrl+C (Cmd+C) on a result grid copies the selected cells as TSV, which pastes into a
 * spreadsheet cell for cell: the rectangle that spans the selection, in the order shown,
 * without the row-number column. Cells of that rectangle that were not selected stay empty.
 */
public final class CellCopy {

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final String ROW_NUMBERS = "row-number-column";

    private CellCopy() {
    }

    /** Lets the user select several cells (Shift, Ctrl, dragging) and copy them, by key or the grid's menu. */
    public static void install(TableView<Object[]> grid) {
        grid.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        grid.setContextMenu(menu(grid));
        grid.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e) && !grid.getSelectionModel().getSelectedCells().isEmpty()) {
                ClipboardContent content = new ClipboardContent();
                content.putString(selectedAsTsv(grid));
                Clipboard.getSystemClipboard().setContent(content);
                e.consume();
            }
        });
    }

    /** Copy, Copy with headers, Copy as CSV / Markdown / SQL INSERT / JSON, Copy column name. */
    private static ContextMenu menu(TableView<Object[]> grid) {
        ContextMenu menu = new ContextMenu(
                item("Copy", "copyItem", grid, g -> selectedAsTsv(g)),
                item("Copy with headers", "copyWithHeadersItem", grid, g -> selected(g, ExportFormat.TSV)),
                new SeparatorMenuItem(),
                item("Copy as CSV", "copyCsvItem", grid, g -> selected(g, ExportFormat.CSV)),
                item("Copy as Markdown", "copyMarkdownItem", grid, g -> selected(g, ExportFormat.MARKDOWN)),
                item("Copy as SQL INSERT", "copyInsertItem", grid, g -> selected(g, ExportFormat.SQL_INSERT)),
                item("Copy as JSON", "copyJsonItem", grid, g -> selected(g, ExportFormat.JSON)),
                new SeparatorMenuItem(),
                item("Copy column name", "copyColumnNameItem", grid, CellCopy::columnName));
        // Only its own copy items: the edit items added beside them follow the result's editability.
        menu.setOnShowing(e -> menu.getItems().stream().filter(i -> !i.disableProperty().isBound())
                .forEach(i -> i.setDisable(grid.getSelectionModel().getSelectedCells().isEmpty())));
        return menu;
    }

    private static MenuItem item(String text, String id, TableView<Object[]> grid,
                                 java.util.function.Function<TableView<Object[]>, String> copy) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(copy.apply(grid));
            Clipboard.getSystemClipboard().setContent(content);
        });
        return item;
    }

    /** The selected cells' rectangle in {@code format}, headed by their columns' names. */
    static String selected(TableView<Object[]> grid, ExportFormat format) {
        List<Integer> columns = selectedColumns(grid);
        List<ResultColumn> named = columns.stream().map(i -> grid.getVisibleLeafColumn(i).getUserData())
                .map(d -> d instanceof ResultColumn c ? c : new ResultColumn("column", "text", false)).toList();
        return TsvText.as(format, true, named, rectangle(grid, columns));
    }

    /** The names of the columns that hold selected cells, one per line. */
    static String columnName(TableView<Object[]> grid) {
        return String.join("\n", selectedColumns(grid).stream().map(i -> grid.getVisibleLeafColumn(i).getUserData())
                .map(d -> d instanceof ResultColumn c ? c.label() : "").toList());
    }

    private static List<Integer> selectedColumns(TableView<Object[]> grid) {
        TreeSet<Integer> columns = new TreeSet<>();
        for (TablePosition<?, ?> cell : List.copyOf(grid.getSelectionModel().getSelectedCells())) {
            TableColumn<?, ?> column = cell.getTableColumn();
            if (column != null && !column.getStyleClass().contains(ROW_NUMBERS)) {
                columns.add(grid.getVisibleLeafIndex(castColumn(column)));
            }
        }
        return List.copyOf(columns);
    }

    private static List<Object[]> rectangle(TableView<Object[]> grid, List<Integer> columns) {
        TreeSet<Integer> rows = new TreeSet<>();
        for (TablePosition<?, ?> cell : List.copyOf(grid.getSelectionModel().getSelectedCells())) {
            rows.add(cell.getRow());
        }
        List<Object[]> values = new ArrayList<>();
        for (int row : rows) {
            Object[] line = new Object[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                TableColumn<Object[], ?> column = grid.getVisibleLeafColumn(columns.get(i));
                line[i] = grid.getSelectionModel().isSelected(row, column) ? column.getCellData(row) : null;
            }
            values.add(line);
        }
        return values;
    }

    static String selectedAsTsv(TableView<Object[]> grid) {
        return TsvText.of(rectangle(grid, selectedColumns(grid)));
    }

    @SuppressWarnings("unchecked")
    private static TableColumn<Object[], ?> castColumn(TableColumn<?, ?> column) {
        return (TableColumn<Object[], ?>) column;
    }
}
