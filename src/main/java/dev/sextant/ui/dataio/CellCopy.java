package dev.sextant.ui.dataio;

import dev.sextant.core.io.TsvText;
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

    /** Lets the user select several cells (Shift, Ctrl, dragging) and copy them. */
    public static void install(TableView<Object[]> grid) {
        grid.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        grid.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e) && !grid.getSelectionModel().getSelectedCells().isEmpty()) {
                ClipboardContent content = new ClipboardContent();
                content.putString(selectedAsTsv(grid));
                Clipboard.getSystemClipboard().setContent(content);
                e.consume();
            }
        });
    }

    static String selectedAsTsv(TableView<Object[]> grid) {
        TreeSet<Integer> rows = new TreeSet<>();
        TreeSet<Integer> columns = new TreeSet<>();
        List<TablePosition> cells = List.copyOf(grid.getSelectionModel().getSelectedCells());
        for (TablePosition<?, ?> cell : cells) {
            TableColumn<?, ?> column = cell.getTableColumn();
            if (column != null && !column.getStyleClass().contains(ROW_NUMBERS)) {
                rows.add(cell.getRow());
                columns.add(grid.getVisibleLeafIndex(castColumn(column)));
            }
        }
        List<Object[]> values = new ArrayList<>();
        for (int row : rows) {
            Object[] line = new Object[columns.size()];
            int i = 0;
            for (int index : columns) {
                TableColumn<Object[], ?> column = grid.getVisibleLeafColumn(index);
                line[i++] = grid.getSelectionModel().isSelected(row, column) ? column.getCellData(row) : null;
            }
            values.add(line);
        }
        return TsvText.of(values);
    }

    @SuppressWarnings("unchecked")
    private static TableColumn<Object[], ?> castColumn(TableColumn<?, ?> column) {
        return (TableColumn<Object[], ?>) column;
    }
}
