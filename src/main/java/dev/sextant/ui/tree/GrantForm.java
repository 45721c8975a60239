package dev.sextant.ui.tree;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Grant or revoke form's view (GrantForm.fxml), bound to {@link GrantModel}: one tick
 * {@code privilege<NAME>} per privilege the target accepts, added here since they vary by target.
 */
final class GrantForm {

    private final GrantModel model;
    @FXML private DialogPane form;
    @FXML private ComboBox<String> grantRoleField;
    @FXML private Label presetsLabel;
    @FXML private HBox presets;
    @FXML private VBox privileges;
    @FXML private CheckBox revokeCheck;

    GrantForm(GrantModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        form.setHeaderText(model.header());
        grantRoleField.setItems(model.roles());
        grantRoleField.getEditor().textProperty().bindBidirectional(model.roleProperty());
        boolean offered = model.presetsOffered();
        presetsLabel.setVisible(offered);
        presetsLabel.setManaged(offered);
        presets.setVisible(offered);
        presets.setManaged(offered);
        model.ticks().forEach((privilege, tick) -> {
            CheckBox box = new CheckBox(privilege.name());
            box.setId("privilege" + privilege.name());
            box.selectedProperty().bindBidirectional(tick);
            privileges.getChildren().add(box);
        });
        revokeCheck.selectedProperty().bindBidirectional(model.revokeProperty());
    }

    @FXML
    private void readOnly() {
        model.preset(AdminDialogs.READ_ONLY);
    }

    @FXML
    private void readWrite() {
        model.preset(AdminDialogs.READ_WRITE);
    }
}
