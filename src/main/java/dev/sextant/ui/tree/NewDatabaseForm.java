package dev.sextant.ui.tree;

import javafx.fxml.FXML;
import javafx.scene.control.TextField;

/** The Create database form's view (NewDatabaseForm.fxml), its fields bound to {@link NewDatabaseModel}. */
final class NewDatabaseForm {

    private final NewDatabaseModel model;
    @FXML private TextField databaseNameField;
    @FXML private TextField ownerField;
    @FXML private TextField templateField;
    @FXML private TextField encodingField;

    NewDatabaseForm(NewDatabaseModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        databaseNameField.textProperty().bindBidirectional(model.nameProperty());
        ownerField.textProperty().bindBidirectional(model.ownerProperty());
        templateField.textProperty().bindBidirectional(model.templateProperty());
        encodingField.textProperty().bindBidirectional(model.encodingProperty());
    }
}
