package dev.sextant.ui.results;

import dev.sextant.core.result.ResultColumn;
import dev.sextant.core.result.ValueText;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/**
 * A cell that shows NULL in its own style, so it never reads like the text 'NULL', and numbers
 * right-aligned: its column's type is read as it shows a value, for a kept column may show
 * another result's column of another type.
 */
class ValueCell extends TableCell<Object[], Object> {

    /**
     * A pseudo-class, not a style class: a style class added or removed makes JavaFX match the
     * cell against the whole stylesheet again, a pseudo-class only switches between styles already
     * matched, and a window move redraws every cell on screen.
     */
    private static final PseudoClass NULL_VALUE = PseudoClass.getPseudoClass("null-value");
    private static final PseudoClass NUMERIC = PseudoClass.getPseudoClass("numeric");

    /** The result column this cell's grid column shows now, or null (a record view's values). */
    ResultColumn resultColumn() {
        return getTableColumn() != null && getTableColumn().getUserData() instanceof ResultColumn c ? c : null;
    }

    @Override
    protected void updateItem(Object value, boolean empty) {
        super.updateItem(value, empty);
        pseudoClassStateChanged(NULL_VALUE, !empty && value == null);
        ResultColumn column = resultColumn();
        pseudoClassStateChanged(NUMERIC, column != null && column.numeric());
        if (getTooltip() != null) {
            setTooltip(null);
        }
        if (empty) {
            setText(null);
        } else if (value == null) {
            setText("NULL");
        } else {
            String text = ValueText.cell(value);
            setText(text);
            if (text.length() < ValueText.full(value).length()) {
                setTooltip(new Tooltip(ValueText.full(value)));
            }
        }
    }
}
