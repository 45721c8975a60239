package dev.sextant.ui.tree;

import dev.sextant.core.admin.NewRole;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Create role form's state. The password is not kept here: the view hands it over as a
 * {@code char[]} only when the user presses Create, so no String of it outlives the form.
 */
final class NewRoleModel {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final BooleanProperty login = new SimpleBooleanProperty(this, "login", true);
    private final BooleanProperty createDatabase = new SimpleBooleanProperty(this, "createDatabase", false);
    private final BooleanProperty inherit = new SimpleBooleanProperty(this, "inherit", true);
    private final BooleanBinding complete = Bindings.createBooleanBinding(() -> !AdminText.blank(name.get()), name);

    StringProperty nameProperty() {
        return name;
    }

    BooleanProperty loginProperty() {
        return login;
    }

    BooleanProperty createDatabaseProperty() {
        return createDatabase;
    }

    BooleanProperty inheritProperty() {
        return inherit;
    }

    BooleanBinding completeProperty() {
        return complete;
    }

    /** The role to create; an empty password means none (the role cannot log in with one). */
    AdminDialogs.RoleRequest request(char[] password) {
        char[] secret = password == null || password.length == 0 ? null : password;
        return new AdminDialogs.RoleRequest(new NewRole(name.get().strip(), login.get(), createDatabase.get(),
                inherit.get()), secret);
    }
}
