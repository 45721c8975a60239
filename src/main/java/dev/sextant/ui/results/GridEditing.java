package dev.sextant.ui.results;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.List;
import java.util.function.LongSupplier;

/**
 * Makes a result grid edit through {@link GridEdits}: its cells show pending values, F2 or typing
 * starts an edit (double-click too, the table's own), Ctrl+0 sets the selected cells to NULL, and
 * the grid's menu gains Set NULL, Revert cell, Revert row, Duplicate row and Delete row.
 */
final class GridEditing {

    private static final KeyCombination SET_NULL = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);

    private final ResultGrid grid;
    private final GridEdits edits;
    private final LongSupplier windowStart;

    private GridEditing(ResultGrid grid, GridEdits edits, LongSupplier windowStart) {
        this.grid = grid;
        this.edits = edits;
        this.windowStart = windowStart;
    }

    /** Returns what takes it off the grid again, when the grid goes on to show another result. */
    static Runnable install(ResultGrid grid, GridEdits edits, LongSupplier windowStart) {
        GridEditing editing = new GridEditing(grid, edits, windowStart);
        TableView<Object[]> table = grid.table();
        CellEdits shown = CellEdits.of(table);
        shown.follow(edits, windowStart);
        grid.useCells(index -> new EditCell(shown, index)); // the cells read their column's type: they outlive the sheet
        javafx.event.EventHandler<KeyEvent> pressed = editing::keyPressed;
        javafx.event.EventHandler<KeyEvent> typed = editing::keyTyped;
        table.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
        table.addEventFilter(KeyEvent.KEY_TYPED, typed);
        List<MenuItem> items = editing.extendMenu(table);
        // Not table.refresh(): that makes every row and cell anew, a screenful styled again once the
        // result's keys are known, right after its first paint.
        javafx.beans.value.ChangeListener<Boolean> redraw = (obs, was, now) -> shown.redraw();
        edits.editableProperty().addListener(redraw);
        return () -> {
            table.removeEventFilter(KeyEvent.KEY_PRESSED, pressed);
            table.removeEventFilter(KeyEvent.KEY_TYPED, typed);
            table.getContextMenu().getItems().removeAll(items);
            edits.editableProperty().removeListener(redraw);
        };
    }

    private void keyPressed(KeyEvent e) {
        TableView<Object[]> table = grid.table();
        if (table.getEditingCell() != null || !edits.editableProperty().get()) {
            return;
        }
        if (e.getCode() == KeyCode.F2) {
            e.consume();
            editFocused(null);
        } else if (SET_NULL.match(e)) {
            e.consume();
            setNull();
        }
    }

    /** A printable key over a selected cell replaces its value, as in a spreadsheet. */
    private void keyTyped(KeyEvent e) {
        String typed = e.getCharacter();
        if (grid.table().getEditingCell() != null || !edits.editableProperty().get() || e.isControlDown()
                || e.isAltDown() || e.isMetaDown() || typed.isEmpty() || Character.isISOControl(typed.charAt(0))) {
            return;
        }
        e.consume();
        editFocused(typed);
    }

    @SuppressWarnings("unchecked")
    private void editFocused(String typed) {
        TableView<Object[]> table = grid.table();
        TablePosition<Object[], ?> focused = table.getFocusModel().getFocusedCell();
        int column = table.getColumns().indexOf(focused.getTableColumn()) - 1;
        if (focused.getRow() < 0 || column < 0 || !edits.canEdit(column)) {
            return;
        }
        table.edit(focused.getRow(), (TableColumn<Object[], ?>) focused.getTableColumn());
        Node editor = table.lookup("#cellEditor");
        if (typed != null && editor instanceof TextInputControl field) {
            field.setText(typed);
            field.positionCaret(typed.length());
        }
    }

    private void setNull() {
        for (TablePosition<?, ?> cell : List.copyOf(grid.table().getSelectionModel().getSelectedCells())) {
            int column = cell.getColumn() - 1;
            if (column >= 0 && edits.canEdit(column)) {
                long row = windowStart.getAsLong() + cell.getRow();
                edits.set(row, grid.table().getItems().get(cell.getRow()), column, null);
            }
        }
    }

    private void forSelectedRows(java.util.function.BiConsumer<Long, Object[]> action) {
        grid.table().getSelectionModel().getSelectedCells().stream().map(TablePosition::getRow).distinct().toList()
                .forEach(index -> action.accept(windowStart.getAsLong() + index, grid.table().getItems().get(index)));
    }

    private List<MenuItem> extendMenu(TableView<Object[]> table) {
        MenuItem setNull = new MenuItem("Set NULL\tCtrl+0");
        setNull.setOnAction(e -> setNull());
        MenuItem revertCell = new MenuItem("Revert cell");
        revertCell.setOnAction(e -> grid.table().getSelectionModel().getSelectedCells().forEach(cell ->
                edits.revertCell(windowStart.getAsLong() + cell.getRow(), cell.getColumn() - 1)));
        MenuItem revertRow = new MenuItem("Revert row");
        revertRow.setOnAction(e -> forSelectedRows((row, fetched) -> edits.revertRow(row)));
        MenuItem duplicate = new MenuItem("Duplicate row");
        duplicate.setOnAction(e -> forSelectedRows(edits::duplicate));
        MenuItem delete = new MenuItem("Delete row");
        delete.setOnAction(e -> forSelectedRows(edits::delete));
        List<MenuItem> items = List.of(new SeparatorMenuItem(), setNull, revertCell, revertRow, duplicate, delete);
        items.forEach(item -> item.disableProperty().bind(edits.editableProperty().not()));
        ContextMenu menu = table.getContextMenu() != null ? table.getContextMenu() : new ContextMenu();
        menu.getItems().addAll(items);
        table.setContextMenu(menu);
        return items;
    }
}
