package dev.sextant.ui.tree;

import dev.sextant.core.admin.GrantTarget;
import dev.sextant.core.admin.NewDatabase;
import dev.sextant.core.admin.NewRole;
import dev.sextant.core.admin.Privilege;
import dev.sextant.core.admin.PrivilegeHolder;
import dev.sextant.core.text.Wording;
import dev.sextant.ui.common.FormDialog;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The forms behind the tree's administration commands. They only ask; TreeActions does the work. */
final class AdminDialogs {

    record RoleRequest(NewRole role, char[] password) {
    }

    record GrantRequest(String role, Set<Privilege> privileges, boolean grant) {
    }

    private final Supplier<Window> owner;

    AdminDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    Optional<NewDatabase> newDatabase() {
        FormDialog form = new FormDialog("Create database", "Create a database", "Create");
        TextField name = form.text("databaseNameField", "Name", "");
        TextField dbOwner = form.text("ownerField", "Owner", "");
        TextField template = form.text("templateField", "Template", "");
        TextField encoding = form.text("encodingField", "Encoding", "UTF8");
        form.note("Runs in autocommit on a connection of its own, whatever mode your editor tabs are in.");
        form.okButton().disableProperty().bind(name.textProperty().isEmpty());
        if (!form.ask(owner.get())) {
            return Optional.empty();
        }
        return Optional.of(new NewDatabase(name.getText().strip(), blankToNull(dbOwner.getText()),
                blankToNull(template.getText()), blankToNull(encoding.getText())));
    }

    /** Asks the user to type the name; returns whether to disconnect other sessions first. */
    Optional<Boolean> dropDatabase(String name, int otherSessions) {
        FormDialog form = new FormDialog("Drop database", "Drop database " + name + "?", "Drop");
        form.cancelIsDefault();
        form.note(otherSessions == 0 ? "No other session is connected to it."
                : Wording.count(otherSessions, "other session") + " " + Wording.verb(otherSessions, "is", "are")
                + " connected to it; the server refuses the drop while they are, unless they are disconnected.");
        TextField typed = form.text("confirmNameField", "Type its name", "");
        CheckBox force = otherSessions > 0 ? form.check("forceCheck", "Disconnect them first (WITH (FORCE))", false) : null;
        form.okButton().disableProperty().bind(typed.textProperty().isNotEqualTo(name));
        if (!form.ask(owner.get())) {
            return Optional.empty();
        }
        return Optional.of(force != null && force.isSelected());
    }

    Optional<RoleRequest> newRole() {
        FormDialog form = new FormDialog("Create role", "Create a role or user", "Create");
        TextField name = form.text("roleNameField", "Name", "");
        PasswordField password = form.password("rolePasswordField", "Password");
        CheckBox login = form.check("loginCheck", "May log in (a user)", true);
        CheckBox createDb = form.check("createDatabaseCheck", "May create databases", false);
        CheckBox inherit = form.check("inheritCheck", "Inherits the privileges of its roles", true);
        form.note("The password is turned into a SCRAM verifier here and never sent in clear.");
        form.okButton().disableProperty().bind(name.textProperty().isEmpty());
        if (!form.ask(owner.get())) {
            return Optional.empty();
        }
        char[] secret = password.getText().isEmpty() ? null : password.getText().toCharArray();
        password.clear();
        return Optional.of(new RoleRequest(new NewRole(name.getText().strip(), login.isSelected(),
                createDb.isSelected(), inherit.isSelected()), secret));
    }

    /** The tutorial's two users: one that reads, one that also changes rows. */
    static final Set<Privilege> READ_ONLY = EnumSet.of(Privilege.SELECT);
    static final Set<Privilege> READ_WRITE = EnumSet.of(Privilege.SELECT, Privilege.INSERT, Privilege.UPDATE,
            Privilege.DELETE);

    /** @param roles the server's roles to offer; filled in the background, so it may still be empty */
    Optional<GrantRequest> grant(GrantTarget target, Set<Privilege> offered, ObservableList<String> roles) {
        FormDialog form = new FormDialog("Privileges", "Grant or revoke on " + target.sql(), "Apply");
        ComboBox<String> role = form.editableChoice("grantRoleField", "Role", roles);
        Map<Privilege, CheckBox> boxes = new LinkedHashMap<>();
        if (offered.containsAll(READ_WRITE)) {
            form.row("Presets", new HBox(8, preset("readOnlyPreset", "Read-only", READ_ONLY, boxes),
                    preset("readWritePreset", "Read and write", READ_WRITE, boxes)));
        }
        for (Privilege privilege : offered) {
            boxes.put(privilege, form.check("privilege" + privilege.name(), privilege.name(), false));
        }
        CheckBox revoke = form.check("revokeCheck", "Revoke these instead of granting them", false);
        form.okButton().disableProperty().bind(role.getEditor().textProperty().isEmpty());
        if (!form.ask(owner.get())) {
            return Optional.empty();
        }
        Set<Privilege> chosen = EnumSet.noneOf(Privilege.class);
        boxes.forEach((privilege, box) -> {
            if (box.isSelected()) {
                chosen.add(privilege);
            }
        });
        return chosen.isEmpty() ? Optional.empty()
                : Optional.of(new GrantRequest(role.getEditor().getText().strip(), chosen, !revoke.isSelected()));
    }

    /** A button that ticks exactly {@code privileges} (boxes are looked up when pressed, once all exist). */
    private static Button preset(String id, String label, Set<Privilege> privileges, Map<Privilege, CheckBox> boxes) {
        Button button = new Button(label);
        button.setId(id);
        button.setOnAction(e -> boxes.forEach((privilege, box) -> box.setSelected(privileges.contains(privilege))));
        return button;
    }

    boolean confirmDrop(String statement) {
        FormDialog form = new FormDialog("Drop", "This cannot be undone.", "Drop");
        form.cancelIsDefault();
        form.note(statement);
        return form.ask(owner.get());
    }

    void showPrivileges(String table, List<PrivilegeHolder> holders) {
        FormDialog form = FormDialog.notice("Privileges", "Who holds which privilege on " + table);
        form.note(holders.isEmpty() ? "Only the owner." : holders.stream()
                .collect(Collectors.groupingBy(PrivilegeHolder::role, LinkedHashMap::new,
                        Collectors.mapping(PrivilegeHolder::privilege, Collectors.joining(", "))))
                .entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n")));
        form.ask(owner.get());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
