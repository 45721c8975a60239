package dev.sextant.ui.results;

import dev.sextant.core.result.ValueText;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** A cell that shows NULL in its own style, so it never reads like the text 'NULL'. */
class ValueCell extends TableCell<Object[], Object> {

    private final boolean numeric;

    ValueCell(boolean numeric) {
        this.numeric = numeric;
        if (numeric) {
            getStyleClass().add("numeric-cell");
        }
    }

    @Override
    protected void updateItem(Object value, boolean empty) {
        super.updateItem(value, empty);
        getStyleClass().remove("null-cell");
        setTooltip(null);
        if (empty) {
            setText(null);
        } else if (value == null) {
            setText("NULL");
            getStyleClass().add("null-cell");
        } else {
            String text = ValueText.cell(value);
            setText(text);
            if (text.length() < ValueText.full(value).length()) {
                setTooltip(new Tooltip(ValueText.full(value)));
            }
        }
    }
}
