package dev.sextant.ui.tree;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The Drop database question's view (DropDatabaseForm.fxml), bound to {@link DropDatabaseModel}. */
final class DropDatabaseForm {

    private final DropDatabaseModel model;
    @FXML private DialogPane form;
    @FXML private Label sessionsNote;
    @FXML private TextField confirmNameField;
    @FXML private CheckBox forceCheck;

    DropDatabaseForm(DropDatabaseModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        form.setHeaderText(model.header());
        sessionsNote.setText(model.note());
        confirmNameField.textProperty().bindBidirectional(model.typedProperty());
        forceCheck.selectedProperty().bindBidirectional(model.forceProperty());
        forceCheck.setVisible(model.forceOffered());
        forceCheck.setManaged(model.forceOffered());
    }
}
