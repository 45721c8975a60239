package dev.sextant.ui.tree;

import dev.sextant.core.admin.GrantTarget;
import dev.sextant.core.admin.NewDatabase;
import dev.sextant.core.admin.NewRole;
import dev.sextant.core.admin.Privilege;
import dev.sextant.core.admin.PrivilegeHolder;
import dev.sextant.ui.common.FormDialog;
import javafx.collections.ObservableList;
import javafx.stage.Window;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The forms behind the tree's administration commands, each laid out in its own FXML under
 * {@code ui/tree} with a view model holding what it asks. They only ask; TreeActions does the work.
 */
final class AdminDialogs {

    record RoleRequest(NewRole role, char[] password) {
    }

    record GrantRequest(String role, Set<Privilege> privileges, boolean grant) {
    }

    /** The tutorial's two users: one that reads, one that also changes rows. */
    static final Set<Privilege> READ_ONLY = EnumSet.of(Privilege.SELECT);
    static final Set<Privilege> READ_WRITE = EnumSet.of(Privilege.SELECT, Privilege.INSERT, Privilege.UPDATE,
            Privilege.DELETE);

    private final Supplier<Window> owner;

    AdminDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    Optional<NewDatabase> newDatabase() {
        NewDatabaseModel model = new NewDatabaseModel();
        FormDialog form = new FormDialog("Create database", new NewDatabaseForm(model), "tree/NewDatabaseForm.fxml");
        form.okButton().disableProperty().bind(model.completeProperty().not());
        return form.ask(owner.get()) ? Optional.of(model.request()) : Optional.empty();
    }

    /** Asks the user to type the name; returns whether to disconnect other sessions first. */
    Optional<Boolean> dropDatabase(String name, int otherSessions) {
        DropDatabaseModel model = new DropDatabaseModel(name, otherSessions);
        FormDialog form = new FormDialog("Drop database", new DropDatabaseForm(model), "tree/DropDatabaseForm.fxml");
        form.cancelIsDefault();
        form.okButton().disableProperty().bind(model.confirmedProperty().not());
        return form.ask(owner.get()) ? Optional.of(model.disconnectOthers()) : Optional.empty();
    }

    Optional<RoleRequest> newRole() {
        NewRoleModel model = new NewRoleModel();
        NewRoleForm view = new NewRoleForm(model);
        FormDialog form = new FormDialog("Create role", view, "tree/NewRoleForm.fxml");
        form.okButton().disableProperty().bind(model.completeProperty().not());
        boolean create = form.ask(owner.get());
        char[] password = view.takePassword(); // cleared from the field whatever the answer
        return create ? Optional.of(model.request(password)) : Optional.empty();
    }

    /** @param roles the server's roles to offer; filled in the background, so it may still be empty */
    Optional<GrantRequest> grant(GrantTarget target, Set<Privilege> offered, ObservableList<String> roles) {
        GrantModel model = new GrantModel(target, offered, roles);
        FormDialog form = new FormDialog("Privileges", new GrantForm(model), "tree/GrantForm.fxml");
        form.okButton().disableProperty().bind(model.completeProperty().not());
        return form.ask(owner.get()) ? model.request() : Optional.empty();
    }

    boolean confirmDrop(String statement) {
        FormDialog form = new FormDialog("Drop", new NoteForm(null, statement), "tree/DropForm.fxml");
        form.cancelIsDefault();
        return form.ask(owner.get());
    }

    void showPrivileges(String table, List<PrivilegeHolder> holders) {
        new FormDialog("Privileges", new NoteForm(PrivilegesText.header(table), PrivilegesText.of(holders)),
                "tree/PrivilegesNotice.fxml").ask(owner.get());
    }
}
