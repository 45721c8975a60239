package dev.sextant.ui.tree;

import dev.sextant.core.admin.GrantTarget;
import dev.sextant.core.admin.Privilege;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Grant or revoke form: a role (offered from the server's, any name may be typed), a tick
 * per privilege the target accepts, the tutorial's two presets where they apply, and whether
 * to revoke instead. Nothing ticked means nothing to do.
 */
final class GrantModel {

    private final GrantTarget target;
    private final ObservableList<String> roles;
    private final StringProperty role = new SimpleStringProperty(this, "role", "");
    private final Map<Privilege, BooleanProperty> ticked = new LinkedHashMap<>();
    private final BooleanProperty revoke = new SimpleBooleanProperty(this, "revoke", false);
    private final BooleanBinding complete = Bindings.createBooleanBinding(() -> !AdminText.blank(role.get()), role);

    /** @param roles the server's roles to offer; filled in the background, so it may still be empty */
    GrantModel(GrantTarget target, Set<Privilege> offered, ObservableList<String> roles) {
        this.target = target;
        this.roles = roles;
        offered.forEach(privilege -> ticked.put(privilege, new SimpleBooleanProperty(this, privilege.name(), false)));
    }

    String header() {
        return "Grant or revoke on " + target.sql();
    }

    ObservableList<String> roles() {
        return roles;
    }

    StringProperty roleProperty() {
        return role;
    }

    /** One tick per offered privilege, in the order offered. */
    Map<Privilege, BooleanProperty> ticks() {
        return Collections.unmodifiableMap(ticked);
    }

    BooleanProperty revokeProperty() {
        return revoke;
    }

    BooleanBinding completeProperty() {
        return complete;
    }

    /** The read-only and read-write presets make sense only where all four row privileges are offered. */
    boolean presetsOffered() {
        return ticked.keySet().containsAll(AdminDialogs.READ_WRITE);
    }

    /** Ticks exactly {@code privileges}, unticking the rest. */
    void preset(Set<Privilege> privileges) {
        ticked.forEach((privilege, tick) -> tick.set(privileges.contains(privilege)));
    }

    /** What to grant or revoke; empty when nothing is ticked. */
    Optional<AdminDialogs.GrantRequest> request() {
        Set<Privilege> chosen = EnumSet.noneOf(Privilege.class);
        ticked.forEach((privilege, tick) -> {
            if (tick.get()) {
                chosen.add(privilege);
            }
        });
        return chosen.isEmpty() ? Optional.empty()
                : Optional.of(new AdminDialogs.GrantRequest(role.get().strip(), chosen, !revoke.get()));
    }
}
