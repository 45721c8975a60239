package dev.sextant.ui.results;

import dev.sextant.core.result.ResultColumn;
import dev.sextant.core.session.BoundValue;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.Locale;

/**
 * A grid cell that shows the pending value over the fetched one and edits it: a text field
 * (a text area for a value with line breaks: Ctrl+Enter keeps it), Enter keeps, Esc drops.
 * Numbers, booleans and JSON are checked before they are kept, so a typo stays in the field
 * with its reason instead of reaching the server; dates are text in the server's own format.
 */
final class EditCell extends ValueCell {

    private final CellEdits shown;
    private final int column;
    private TextInputControl field;
    private final javafx.beans.value.ChangeListener<Number> redraw = (obs, was, now) -> updateItem(getItem(), isEmpty());

    /** A cell of value column {@code column} (counting from 0), in whichever result its grid shows. */
    EditCell(CellEdits shown, int column) {
        this.shown = shown;
        this.column = column;
        // Weakly: the grid's CellEdits outlives the cells a column change or a refresh drops.
        shown.revision().addListener(new javafx.beans.value.WeakChangeListener<>(redraw));
    }

    private long row() {
        return shown.windowStart() + getIndex();
    }

    private Object[] fetched() {
        return getTableRow() == null ? null : getTableRow().getItem();
    }

    @Override
    protected void updateItem(Object value, boolean empty) {
        GridEdits edits = shown.edits(); // null for a moment when a kept grid gets its next result's rows
        Object[] fetched = empty || edits == null ? null : fetched();
        Object display = fetched == null ? value : edits.value(row(), column, fetched);
        super.updateItem(display, empty);
        getStyleClass().removeAll("changed-cell", "deleted-cell", "failed-cell");
        if (fetched != null) {
            if (edits.isChanged(row(), column)) {
                getStyleClass().add("changed-cell");
            }
            if (edits.isDeleted(row())) {
                getStyleClass().add("deleted-cell");
            }
            if (edits.isFailed(row())) {
                getStyleClass().add("failed-cell");
            }
        }
        if (field != null && isEditing()) {
            setText(null);
            setGraphic(field);
        } else {
            setGraphic(null);
        }
    }

    @Override
    public void startEdit() {
        GridEdits edits = shown.edits();
        if (!edits.canEdit(column) || fetched() == null || edits.isDeleted(row()) || edits.savingProperty().get()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        Object current = shown.edits().value(row(), column, fetched());
        String text = current == null ? "" : dev.sextant.core.result.ValueText.full(current);
        field = text.contains("\n") ? new TextArea(text) : new TextField(text);
        field.setId("cellEditor");
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        setText(null);
        setGraphic(field);
        field.requestFocus();
        field.selectAll();
    }

    private void key(KeyEvent e) {
        boolean keep = e.getCode() == KeyCode.ENTER && (field instanceof TextField || e.isControlDown());
        if (keep) {
            e.consume();
            keep(field.getText());
        } else if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            cancelEdit();
        }
    }

    private void keep(String text) {
        String problem = problem(text);
        if (problem != null) {
            field.getStyleClass().add("invalid-value");
            field.setTooltip(new javafx.scene.control.Tooltip(problem));
            return; // stays in the field: nothing typed is lost
        }
        Object[] fetched = fetched();
        long row = row();
        field = null;
        super.cancelEdit(); // the value goes to the pending changes, not into the fetched row
        shown.edits().set(row, fetched, column, text);
    }

    @Override
    public void cancelEdit() {
        field = null;
        super.cancelEdit();
        updateItem(getItem(), isEmpty());
    }

    /** Why {@code text} cannot be a value of this column, or null when it can. */
    String problem(String text) {
        ResultColumn type = resultColumn();
        if (type == null) {
            return null;
        }
        String typeName = type.typeName() == null ? "" : type.typeName().toLowerCase(Locale.ROOT);
        if (type.numeric() && !BoundValue.isNumber(text)) {
            return "Not a number: " + text;
        }
        if (typeName.startsWith("bool") && !text.strip().toLowerCase(Locale.ROOT)
                .matches("t|f|true|false|yes|no|on|off|1|0")) {
            return "Not a boolean (true or false): " + text;
        }
        if (typeName.startsWith("json")) {
            return JsonText.problem(text);
        }
        return null;
    }
}
