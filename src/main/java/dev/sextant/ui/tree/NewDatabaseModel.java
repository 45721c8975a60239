package dev.sextant.ui.tree;

import dev.sextant.core.admin.NewDatabase;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The Create database form's state: a name is needed; owner, template and encoding may stay blank. */
final class NewDatabaseModel {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty owner = new SimpleStringProperty(this, "owner", "");
    private final StringProperty template = new SimpleStringProperty(this, "template", "");
    private final StringProperty encoding = new SimpleStringProperty(this, "encoding", "UTF8");
    private final BooleanBinding complete = Bindings.createBooleanBinding(() -> !AdminText.blank(name.get()), name);

    StringProperty nameProperty() {
        return name;
    }

    StringProperty ownerProperty() {
        return owner;
    }

    StringProperty templateProperty() {
        return template;
    }

    StringProperty encodingProperty() {
        return encoding;
    }

    /** Whether Create may be pressed. */
    BooleanBinding completeProperty() {
        return complete;
    }

    /** What the server is asked to create; blank fields leave the server's default. */
    NewDatabase request() {
        return new NewDatabase(name.get().strip(), AdminText.blankToNull(owner.get()),
                AdminText.blankToNull(template.get()), AdminText.blankToNull(encoding.get()));
    }
}
