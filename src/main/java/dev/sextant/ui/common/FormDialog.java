package dev.sextant.ui.common;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * A small modal form (create database, create role, grant…) whose layout is a {@link DialogPane}
 * in FXML, loaded with the caller's controller. The pane's id is {@code form} (set in its FXML),
 * its action button gets {@code formOk} and Cancel {@code formCancel}, so robot tests can fill it
 * in; a notice with one button (Close) has {@code formOk} only.
 */
public final class FormDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final ButtonType ok;

    /** Loads {@code path} (under the views' base, as {@link Views#load}) with {@code controller}. */
    public FormDialog(String title, Object controller, String path) {
        DialogPane pane = Views.load(controller, path);
        dialog.setDialogPane(pane);
        dialog.setTitle(title);
        ok = pane.getButtonTypes().size() == 1 ? pane.getButtonTypes().get(0)
                : pane.getButtonTypes().stream().filter(type -> type.getButtonData() != ButtonBar.ButtonData.CANCEL_CLOSE)
                .findFirst().orElseThrow(() -> new IllegalStateException(path + " has no action button"));
        pane.lookupButton(ok).setId("formOk");
        if (pane.getButtonTypes().contains(ButtonType.CANCEL)) {
            pane.lookupButton(ButtonType.CANCEL).setId("formCancel");
        }
    }

    /** For a question whose action cannot be undone (a drop): Enter answers Cancel. */
    public void cancelIsDefault() {
        SafeAnswer.cancelIsDefault(dialog.getDialogPane());
    }

    /** The action button, so a form can stay disabled until it is filled in properly. */
    public Node okButton() {
        return dialog.getDialogPane().lookupButton(ok);
    }

    /** Shows the form; true when the user pressed the action button. */
    public boolean ask(Window owner) {
        dialog.initOwner(owner);
        return dialog.showAndWait().filter(ok::equals).isPresent();
    }
}
