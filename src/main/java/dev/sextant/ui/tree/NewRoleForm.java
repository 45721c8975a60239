package dev.sextant.ui.tree;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** The Create role form's view (NewRoleForm.fxml), bound to {@link NewRoleModel}. */
final class NewRoleForm {

    private final NewRoleModel model;
    @FXML private TextField roleNameField;
    @FXML private PasswordField rolePasswordField;
    @FXML private CheckBox loginCheck;
    @FXML private CheckBox createDatabaseCheck;
    @FXML private CheckBox inheritCheck;

    NewRoleForm(NewRoleModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        roleNameField.textProperty().bindBidirectional(model.nameProperty());
        loginCheck.selectedProperty().bindBidirectional(model.loginProperty());
        createDatabaseCheck.selectedProperty().bindBidirectional(model.createDatabaseProperty());
        inheritCheck.selectedProperty().bindBidirectional(model.inheritProperty());
    }

    /** The typed password as characters, the field cleared so the text does not stay in the control. */
    char[] takePassword() {
        char[] secret = rolePasswordField.getText().toCharArray();
        rolePasswordField.clear();
        return secret;
    }
}
