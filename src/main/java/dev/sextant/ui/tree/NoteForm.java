package dev.sextant.ui.tree;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The controller of a form that only shows one text: the drop question's statement, the privileges list. */
final class NoteForm {

    private final String header;
    private final String text;
    @FXML private javafx.scene.control.DialogPane form;
    @FXML private Label note;

    /** @param header the pane's header, or null to keep the one in the FXML */
    NoteForm(String header, String text) {
        this.header = header;
        this.text = text;
    }

    @FXML
    private void initialize() {
        if (header != null) {
            form.setHeaderText(header);
        }
        note.setText(text);
    }
}
