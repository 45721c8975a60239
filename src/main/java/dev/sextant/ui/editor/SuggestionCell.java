package dev.sextant.ui.editor;

import dev.sextant.core.complete.Suggestion;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** One suggestion: its name, then its kind and type, muted, at the right. */
final class SuggestionCell extends ListCell<Suggestion> {

    private final Label name = new Label();
    private final Label about = new Label();
    private final HBox row;

    SuggestionCell() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        about.getStyleClass().add("completion-about");
        row = new HBox(12, name, gap, about);
        row.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(Suggestion item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        name.setText(item.label());
        about.setText(item.detail().isEmpty() ? item.kind().word() : item.kind().word() + " · " + item.detail());
        setText(null);
        setGraphic(row);
    }
}
