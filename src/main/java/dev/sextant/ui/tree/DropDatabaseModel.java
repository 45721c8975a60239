package dev.sextant.ui.tree;

import dev.sextant.core.text.Wording;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Drop database question: Drop only once the database's name is typed exactly, and the
 * offer to disconnect other sessions (WITH (FORCE)) only when there are some.
 */
final class DropDatabaseModel {

    private final String name;
    private final int otherSessions;
    private final StringProperty typed = new SimpleStringProperty(this, "typed", "");
    private final BooleanProperty force = new SimpleBooleanProperty(this, "force", false);
    private final BooleanBinding confirmed;

    DropDatabaseModel(String name, int otherSessions) {
        this.name = name;
        this.otherSessions = otherSessions;
        this.confirmed = Bindings.createBooleanBinding(() -> name.equals(typed.get()), typed);
    }

    String header() {
        return "Drop database " + name + "?";
    }

    /** Who else is connected, and what that means for the drop. */
    String note() {
        if (otherSessions == 0) {
            return "No other session is connected to it.";
        }
        return Wording.count(otherSessions, "other session") + " " + Wording.verb(otherSessions, "is", "are")
                + " connected to it; the server refuses the drop while they are, unless they are disconnected.";
    }

    boolean forceOffered() {
        return otherSessions > 0;
    }

    StringProperty typedProperty() {
        return typed;
    }

    BooleanProperty forceProperty() {
        return force;
    }

    /** Whether Drop may be pressed: the name typed exactly. */
    BooleanBinding confirmedProperty() {
        return confirmed;
    }

    /** Whether to disconnect the other sessions first (never when none were offered). */
    boolean disconnectOthers() {
        return forceOffered() && force.get();
    }
}
