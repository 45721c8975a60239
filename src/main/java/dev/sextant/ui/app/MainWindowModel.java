package dev.sextant.ui.app;

import dev.sextant.ui.editor.EditorTabViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;

/**
 * The toolbar's state, from the selected tab's view model: Run only on a connected tab that is not
 * busy, Cancel only while it is busy, a new tab only beside an existing one. The window binds its
 * buttons to these and never computes them itself.
 */
public final class MainWindowModel {

    private final ObjectProperty<EditorTabViewModel> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper canRun = new ReadOnlyBooleanWrapper(this, "canRun");
    private final ReadOnlyBooleanWrapper canCancel = new ReadOnlyBooleanWrapper(this, "canCancel");
    private final ReadOnlyBooleanWrapper canOpenTab = new ReadOnlyBooleanWrapper(this, "canOpenTab");
    private final ChangeListener<Boolean> tabChanged = (obs, was, now) -> refresh();

    public MainWindowModel() {
        selected.addListener((obs, old, now) -> {
            if (old != null) {
                old.busyProperty().removeListener(tabChanged);
                old.connectedProperty().removeListener(tabChanged);
            }
            if (now != null) {
                now.busyProperty().addListener(tabChanged);
                now.connectedProperty().addListener(tabChanged);
            }
            refresh();
        });
    }

    /** The selected tab's view model (null: no tab); the window sets it as tabs are selected. */
    public ObjectProperty<EditorTabViewModel> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty canRunProperty() {
        return canRun.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canCancelProperty() {
        return canCancel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canOpenTabProperty() {
        return canOpenTab.getReadOnlyProperty();
    }

    private void refresh() {
        EditorTabViewModel tab = selected.get();
        boolean busy = tab != null && tab.busyProperty().get();
        canRun.set(tab != null && tab.isConnected() && !busy);
        canCancel.set(busy);
        canOpenTab.set(tab != null);
    }
}
